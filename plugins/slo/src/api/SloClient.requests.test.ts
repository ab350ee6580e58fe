import { http, HttpResponse } from 'msw';
import {
  SLO_BASE_URL,
  sloTestServer,
  testSloClient,
} from '../__testUtils__/renderSloSection';

/** What the fake backend saw of one request. */
interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  contentType: string | null;
}

const server = sloTestServer();
const client = testSloClient();
const checkout = { kind: 'Component', namespace: 'default', name: 'checkout' };
const CHECKOUT = '/services/Component/default/checkout';
const rule = {
  name: 'low risk',
  enabled: true,
  conditions: { tier: 'balanced' as const },
};

/** Answers every request with `answer` and records what was asked. */
function recordRequests(answer: unknown = {}) {
  const seen: Seen[] = [];
  server.use(
    http.all(`${SLO_BASE_URL}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.text();
      seen.push({
        method: request.method,
        path: url.pathname.replace('/api/slo', ''),
        query: Object.fromEntries(url.searchParams),
        ...(text ? { body: JSON.parse(text) } : {}),
        contentType: request.headers.get('content-type'),
      });
      return HttpResponse.json(answer as Record<string, unknown>);
    }),
  );
  return seen;
}

describe('SloClient requests', () => {
  it.each<[string, () => Promise<unknown>, Omit<Seen, 'contentType'>]>([
    [
      'getRecommendation',
      () =>
        client.getRecommendation(checkout, {
          sliType: 'availability',
          lookbackDays: 30,
          forceRegenerate: true,
        }),
      {
        method: 'GET',
        path: `${CHECKOUT}/slo-recommendations`,
        query: {
          sli_type: 'availability',
          lookback_days: '30',
          force_regenerate: 'true',
        },
      },
    ],
    [
      'getDependencies',
      () => client.getDependencies(checkout, { direction: 'upstream' }),
      {
        method: 'GET',
        path: `${CHECKOUT}/dependencies`,
        query: { direction: 'upstream' },
      },
    ],
    [
      'decide',
      () =>
        client.decide(checkout, {
          action: 'reject',
          recommendation_id: 'rec-1',
          rationale: 'too strict',
        }),
      {
        method: 'POST',
        path: `${CHECKOUT}/slos`,
        query: {},
        body: {
          action: 'reject',
          recommendation_id: 'rec-1',
          rationale: 'too strict',
        },
      },
    ],
    [
      'getHistory',
      () => client.getHistory(checkout, { cursor: 'c2', limit: 20 }),
      {
        method: 'GET',
        path: `${CHECKOUT}/slo-history`,
        query: { cursor: 'c2', limit: '20' },
      },
    ],
    [
      'analyseImpact',
      () =>
        client.analyseImpact({
          service_id: 'component:default/checkout',
          proposed_change: { sli_type: 'availability', proposed_target: 99.9 },
        }),
      {
        method: 'POST',
        path: '/slos/impact-analysis',
        query: {},
        body: {
          service_id: 'component:default/checkout',
          proposed_change: { sli_type: 'availability', proposed_target: 99.9 },
        },
      },
    ],
    [
      'getBurnDown',
      () => client.getBurnDown(checkout),
      {
        method: 'GET',
        path: `${CHECKOUT}/slos/error-budget/burn-down`,
        query: {},
      },
    ],
    [
      'getSlaReport',
      () => client.getSlaReport(checkout, { months: 6 }),
      { method: 'GET', path: `${CHECKOUT}/sla-report`, query: { months: '6' } },
    ],
    [
      'getAlertReplay',
      () => client.getAlertReplay(checkout, { lookbackDays: 7 }),
      {
        method: 'GET',
        path: `${CHECKOUT}/slos/alert-replay`,
        query: { lookback_days: '7' },
      },
    ],
    [
      'getBudgetHealth',
      () => client.getBudgetHealth({ owner: 'team-a', limit: 10 }),
      {
        method: 'GET',
        path: '/dashboard/error-budget-health',
        query: { owner: 'team-a', limit: '10' },
      },
    ],
    [
      'getRecentDrift without filters',
      () => client.getRecentDrift(),
      { method: 'GET', path: '/dashboard/drift', query: {} },
    ],
    [
      'createAutoApprovalRule',
      () => client.createAutoApprovalRule(rule),
      { method: 'POST', path: '/auto-approval-rules', query: {}, body: rule },
    ],
    [
      'updateAutoApprovalRule, the id encoded',
      () => client.updateAutoApprovalRule('a/b', rule),
      {
        method: 'PUT',
        path: '/auto-approval-rules/a%2Fb',
        query: {},
        body: rule,
      },
    ],
    [
      'deleteAutoApprovalRule',
      () => client.deleteAutoApprovalRule('r1'),
      { method: 'DELETE', path: '/auto-approval-rules/r1', query: {} },
    ],
  ])('%s sends the request the backend expects', async (_, call, expected) => {
    const seen = recordRequests();
    await call();
    expect(seen).toEqual([
      {
        ...expected,
        contentType: expected.body === undefined ? null : 'application/json',
      },
    ]);
  });
});
