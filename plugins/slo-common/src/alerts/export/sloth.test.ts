import { INDICATORS } from './__fixtures__/specs';
import { exportSloth, slothName } from './sloth';
import { slothEventQueries } from './slothParts';
import type { SloAlertSpec } from '../types';

const availability: SloAlertSpec = {
  sloName: 'component-default-checkout-availability',
  entityRef: 'component:default/checkout',
  owner: 'group:default/payments',
  windowDays: 28,
  objective: 0.999,
  indicator: INDICATORS['ratio-errors'],
  backstageBaseUrl: 'https://backstage.example.com',
};

describe('exportSloth', () => {
  it('writes a whole 28-day spec and the windows that reproduce our pairs', () => {
    const out = exportSloth({ specs: [availability] });
    expect(out.documents).toEqual([
      {
        version: 'prometheus/v1',
        service: 'component-default-checkout',
        labels: {
          entity_ref: 'component:default/checkout',
          owner: 'group:default/payments',
        },
        slos: [
          {
            name: 'availability',
            description:
              'SLO component-default-checkout-availability of component:default/checkout (ratio).',
            objective: 99.9,
            labels: { slo: 'component-default-checkout-availability' },
            sli: {
              events: {
                error_query:
                  '(sum(increase(http_requests_total{job="checkout",code=~"5.."}[{{.window}}])) or vector(0))',
                total_query:
                  'sum(increase(http_requests_total{job="checkout"}[{{.window}}]))',
              },
            },
            alerting: {
              name: 'SloErrorBudgetBurn',
              annotations: {
                backstage_url:
                  'https://backstage.example.com/catalog/default/component/checkout/slos',
              },
              page_alert: { labels: { severity: 'page' } },
              ticket_alert: { labels: { severity: 'ticket' } },
            },
          },
        ],
      },
    ]);
    // Budget shares 1/48, 1/16, 1/14, 1/7 in percent. Sloth's factor is
    // share × 672h / long window: 2.0833…% × 672 / 1 = 14, 6.25% × 672 / 6
    // = 7, 7.1428…% × 672 / 24 = 2, 14.285…% × 672 / 96 = 1.
    expect(out.alertWindows).toEqual([
      {
        apiVersion: 'sloth.slok.dev/v1',
        kind: 'AlertWindows',
        spec: {
          sloPeriod: '28d',
          page: {
            quick: {
              errorBudgetPercent: 2.08333333333,
              shortWindow: '5m',
              longWindow: '1h',
            },
            slow: {
              errorBudgetPercent: 6.25,
              shortWindow: '30m',
              longWindow: '6h',
            },
          },
          ticket: {
            quick: {
              errorBudgetPercent: 7.14285714286,
              shortWindow: '2h',
              longWindow: '1d',
            },
            slow: {
              errorBudgetPercent: 14.2857142857,
              shortWindow: '6h',
              longWindow: '4d',
            },
          },
        },
      },
    ]);
    const factor = (pct: number, longHours: number) =>
      ((pct / 100) * 672) / longHours;
    const { page, ticket } = out.alertWindows[0].spec;
    expect(factor(page.quick.errorBudgetPercent, 1)).toBeCloseTo(14, 9);
    expect(factor(page.slow.errorBudgetPercent, 6)).toBeCloseTo(7, 9);
    expect(factor(ticket.quick.errorBudgetPercent, 24)).toBeCloseTo(2, 9);
    expect(factor(ticket.slow.errorBudgetPercent, 96)).toBeCloseTo(1, 9);
    expect(out.extraFiles?.[0].documents).toEqual(out.alertWindows);
  });

  it('needs no window file when every SLO has 30 days (Sloth has those pairs)', () => {
    const out = exportSloth({ specs: [{ ...availability, windowDays: 30 }] });
    expect(out.alertWindows).toEqual([]);
    expect(out.extraFiles).toBeUndefined();
  });

  it('splits an entity by window, since Sloth takes the window per run', () => {
    const out = exportSloth({
      specs: [
        availability,
        {
          ...availability,
          sloName: 'component-default-checkout-latency-p99',
          windowDays: 30,
          objective: 0.99,
          indicator: INDICATORS['latency-native'],
        },
      ],
    });
    expect(out.documents.map(d => [d.service, d.slos[0].name])).toEqual([
      ['component-default-checkout', 'availability'],
      ['component-default-checkout', 'latency-p99'],
    ]);
    // 30 days must be in the catalogue too: a custom path replaces Sloth's.
    expect(out.alertWindows.map(w => w.spec.sloPeriod)).toEqual(['28d', '30d']);
    expect(out.alertWindows[1].spec.page.quick).toEqual({
      errorBudgetPercent: 2,
      shortWindow: '5m',
      longWindow: '1h',
    });
  });

  it.each<[string, string, string]>([
    [
      'ratio-good',
      'sum(increase(http_requests_total{job="checkout"}[{{.window}}])) - (sum(increase(http_requests_total{job="checkout",code!~"5.."}[{{.window}}])) or vector(0))',
      'sum(increase(http_requests_total{job="checkout"}[{{.window}}]))',
    ],
    [
      'latency-classic',
      'sum(increase(http_request_duration_seconds_bucket{job="checkout",le="+Inf"}[{{.window}}])) - sum(increase(http_request_duration_seconds_bucket{job="checkout",le="0.25"}[{{.window}}]))',
      'sum(increase(http_request_duration_seconds_bucket{job="checkout",le="+Inf"}[{{.window}}]))',
    ],
    [
      'latency-native',
      'histogram_count(sum(increase(http_request_duration_seconds{job="checkout"}[{{.window}}]))) * (1 - histogram_fraction(0, 0.3, sum(increase(http_request_duration_seconds{job="checkout"}[{{.window}}]))))',
      'histogram_count(sum(increase(http_request_duration_seconds{job="checkout"}[{{.window}}])))',
    ],
    [
      'boolean-gauge',
      'sum(count_over_time(probe_success{instance="https://shop.example.com"}[{{.window}}])) - sum(sum_over_time(probe_success{instance="https://shop.example.com"}[{{.window}}]))',
      'sum(count_over_time(probe_success{instance="https://shop.example.com"}[{{.window}}]))',
    ],
  ])('writes %s as events queries', (kind, error_query, total_query) => {
    expect(slothEventQueries(INDICATORS[kind])).toEqual({
      error_query,
      total_query,
    });
  });

  it('keeps {{ in label values literal for Go templates', () => {
    const queries = slothEventQueries({
      kind: 'ratio',
      total: {
        metric: 'http_requests_total',
        matchers: [{ name: 'path', op: '=~', value: '/a{{2}}' }],
      },
      errors: { metric: 'http_errors_total' },
    });
    expect(queries.total_query).toBe(
      'sum(increase(http_requests_total{path=~"/a{{ "{{" }}2}}"}[{{.window}}]))',
    );
    // What Go's text/template prints for the two actions.
    const rendered = queries.total_query
      .split('{{ "{{" }}')
      .map(part => part.split('{{.window}}').join('5m'))
      .join('{{');
    expect(rendered).toBe(
      'sum(increase(http_requests_total{path=~"/a{{2}}"}[5m]))',
    );
  });

  it.each([
    ['component:default/checkout', 'component-default-checkout'],
    ['API:Default/Orders_v2', 'API-Default-Orders_v2'],
    ['-x-', 'slo-x'],
  ])('names %s as %s', (text, name) => {
    expect(slothName(text)).toBe(name);
  });
});
