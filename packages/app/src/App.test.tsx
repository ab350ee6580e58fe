import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  const originalEnv = process.env;

  afterEach(() => {
    process.env = originalEnv;
  });

  it('renders the guest sign-in page provided by the app plugin', async () => {
    process.env = {
      ...originalEnv,
      NODE_ENV: 'test',
      // defaultConfigLoaderSync expects the bundler-injected array of configs
      // here, not the string type Node gives to environment variables.
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test', baseUrl: 'http://localhost:3000' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as unknown as string,
    };

    render(App.createRoot());

    expect(
      await screen.findByText('Guest', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
