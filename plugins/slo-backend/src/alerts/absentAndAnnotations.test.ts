import { generateAlertRules } from '@slo-engine/plugin-slo-common';
import { expectPromtoolOk, testRules } from './promtool';
import { inputSeries } from './scenarios';
import { fixtureSpec } from './specFixtures';

/** Counters start at 0; every probe reports at every step. */
function eventsAt(i: number, gauge: boolean): number {
  if (gauge) return 30;
  return i === 0 ? 0 : 100;
}

describe('absent-metric alert', () => {
  // 30 minutes of data, then nothing. Instant selectors look back 5m, so
  // absent() holds from about 35m and the alert fires `for: 10m` later.
  it.each([
    ['ratio', { job: 'checkout' }, 'http_requests_total{job="checkout"}'],
    [
      'latency-classic',
      { job: 'checkout', le: '0.25' },
      'http_request_duration_seconds_bucket{job="checkout",le="0.25"}',
    ],
    ['boolean-gauge', { job: 'blackbox' }, 'probe_success{job="blackbox"}'],
  ] as const)(
    '%s: fires on missing data',
    async (kind, absentLabels, selector) => {
      const spec = fixtureSpec(kind, 30, 'static');
      const rules = generateAlertRules(spec);
      const gauge = kind === 'boolean-gauge';
      const steps = 31;
      const series = inputSeries(spec.indicator, {
        stepSeconds: 60,
        gauge,
        events: Array.from({ length: steps }, (_, i) => eventsAt(i, gauge)),
        bad: Array.from({ length: steps }, () => 0),
      });
      const expected = {
        exp_labels: {
          ...absentLabels,
          slo: spec.sloName,
          entity_ref: spec.entityRef,
          owner: spec.owner!,
          severity: 'ticket',
        },
        exp_annotations: {
          summary: `component:default/checkout (SLO ${spec.sloName}) has no SLI data`,
          description: `No series match ${selector} for 10m: the burn-rate alerts of this SLO cannot fire.`,
          backstage_url:
            'https://backstage.example.com/catalog/default/component/checkout/slos',
        },
      };
      const result = await testRules(rules.ruleFile, {
        evaluation_interval: '1m',
        tests: [
          {
            interval: '1m',
            input_series: series,
            alert_rule_test: [
              {
                eval_time: '30m',
                alertname: 'SloMetricAbsent',
                exp_alerts: [],
              },
              {
                eval_time: '44m',
                alertname: 'SloMetricAbsent',
                exp_alerts: [],
              },
              {
                eval_time: '47m',
                alertname: 'SloMetricAbsent',
                exp_alerts: [expected],
              },
              {
                eval_time: '60m',
                alertname: 'SloMetricAbsent',
                exp_alerts: [expected],
              },
            ],
          },
        ],
      });
      expectPromtoolOk(result, 'test rules');
      expect(result.ok).toBe(true);
    },
    30_000,
  );
});

describe('burn-rate alert annotations', () => {
  it('renders the numbers and the Backstage link', async () => {
    // 1,000 req/min, 5 % errors from 60m. At 100m the 1h window holds
    // 40 × 50 errors in 60,000 requests (3.333 %) and the 6h window 2,000 in
    // 100,000 (2 %); 1h/5m and 6h/30m fire, 1d/2h is still pending.
    const spec = fixtureSpec('ratio', 30, 'static');
    const rules = generateAlertRules(spec);
    const steps = 101;
    const series = inputSeries(spec.indicator, {
      stepSeconds: 60,
      gauge: false,
      events: Array.from({ length: steps }, (_, i) => (i === 0 ? 0 : 1000)),
      bad: Array.from({ length: steps }, (_, i) => (i > 60 ? 50 : 0)),
    });
    const alert = (
      long: string,
      short: string,
      severity: string,
      value: string,
      threshold: string,
      share: string,
    ) => ({
      exp_labels: {
        slo: spec.sloName,
        entity_ref: spec.entityRef,
        owner: spec.owner!,
        severity,
        long_window: long,
        short_window: short,
        burn_rate_type: 'static',
      },
      exp_annotations: {
        summary: `component:default/checkout (SLO ${spec.sloName}) is burning its error budget (${long}/${short} ${severity})`,
        description:
          `Bad-event ratio over ${long} is ${value}, and the ${short} ratio is also above ${threshold}. ` +
          `At this pace ${share} of the 30-day error budget (objective 99.9%) is spent within ${long}.`,
        backstage_url:
          'https://backstage.example.com/catalog/default/component/checkout/slos',
      },
    });
    const result = await testRules(rules.ruleFile, {
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: series,
          alert_rule_test: [
            {
              eval_time: '100m',
              alertname: 'SloErrorBudgetBurn',
              exp_alerts: [
                alert(
                  '1h',
                  '5m',
                  'page',
                  '3.333%',
                  '1.44% (14.4 × the 0.1% error budget)',
                  '2%',
                ),
                alert(
                  '6h',
                  '30m',
                  'page',
                  '2%',
                  '0.6% (6 × the 0.1% error budget)',
                  '5%',
                ),
              ],
            },
          ],
        },
      ],
    });
    expectPromtoolOk(result, 'test rules');
    expect(result.ok).toBe(true);
  }, 30_000);
});
