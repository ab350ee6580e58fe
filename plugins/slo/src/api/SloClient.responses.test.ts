import { http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  SLO_BASE_URL,
  sloTestServer,
  testSloClient,
} from '../__testUtils__/renderSloSection';

const server = sloTestServer();
const client = testSloClient();
const checkout = { kind: 'Component', namespace: 'default', name: 'checkout' };
const ALERTS = `${CHECKOUT_PATH}/slos/alerts`;

describe('SloClient item lists', () => {
  it('unwraps the items of cycles and rules', async () => {
    const paths: string[] = [];
    server.use(
      http.get(`${SLO_BASE_URL}/*`, ({ request }) => {
        const url = new URL(request.url);
        paths.push(`${url.pathname}${url.search}`);
        return HttpResponse.json({ items: [{ id: 'x' }] });
      }),
    );
    await expect(client.getCycles({ status: 'open' })).resolves.toEqual([
      { id: 'x' },
    ]);
    await expect(client.listAutoApprovalRules()).resolves.toEqual([
      { id: 'x' },
    ]);
    expect(paths).toEqual([
      '/api/slo/cycles?status=open',
      '/api/slo/auto-approval-rules',
    ]);
  });
});

describe('SloClient.getAlertRules', () => {
  it('downloads the rules with the name the backend gives them', async () => {
    let query: Record<string, string> = {};
    server.use(
      http.get(ALERTS, ({ request }) => {
        query = Object.fromEntries(new URL(request.url).searchParams);
        return new HttpResponse('groups: []\n', {
          headers: {
            'content-disposition': 'attachment; filename="checkout-slo.yaml"',
          },
        });
      }),
    );
    await expect(client.getAlertRules(checkout, 'prometheus')).resolves.toEqual(
      {
        format: 'prometheus',
        text: 'groups: []\n',
        fileName: 'checkout-slo.yaml',
      },
    );
    expect(query).toEqual({ format: 'prometheus', download: 'true' });
  });

  it('names the file after the entity without a download header', async () => {
    server.use(http.get(ALERTS, () => new HttpResponse('spec: {}\n')));
    const file = await client.getAlertRules(checkout, 'sloth');
    expect(file.fileName).toBe('checkout-sloth.yaml');
  });
});
