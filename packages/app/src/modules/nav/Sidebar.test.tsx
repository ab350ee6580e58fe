import { renderTestApp } from '@backstage/frontend-test-utils';
import sloPlugin from '@slo-engine/plugin-slo/alpha';
import { screen, within } from '@testing-library/react';
import { navModule } from '.';

describe('demo sidebar', () => {
  it('lists the SLO overview page that the SLO plugin provides', async () => {
    renderTestApp({ features: [navModule, sloPlugin] });

    const nav = await screen.findByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'SLOs' })).toHaveAttribute(
      'href',
      '/slo',
    );
  });
});
