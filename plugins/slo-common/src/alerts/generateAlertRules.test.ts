import { generateAlertRules } from './generateAlertRules';
import type {
  AlertIndicator,
  PrometheusRuleGroup,
  SloAlertSpec,
} from './types';

/**
 * Golden tests in the manner of Pyrra's rules_test.go: whole rule groups,
 * written out, for 28 and 30 days and for every indicator kind.
 */

const job = { name: 'job', op: '=' as const, value: 'api' };

const base: Omit<SloAlertSpec, 'indicator' | 'windowDays'> = {
  sloName: 'component-default-api-availability',
  entityRef: 'component:default/api',
  objective: 0.999,
};

const SLO = '{slo="component-default-api-availability"}';
const labels = { slo: 'component-default-api-availability' };

const ratio: AlertIndicator = {
  kind: 'ratio',
  total: { metric: 'http_requests_total', matchers: [job] },
  errors: {
    metric: 'http_requests_total',
    matchers: [job, { name: 'code', op: '=~', value: '5..' }],
  },
};

/** Expected recordings: [window, events query, bad-events query]. */
function recordings(
  rows: Array<[string, string, string]>,
): PrometheusRuleGroup {
  return {
    name: 'component-default-api-availability:recordings',
    interval: '1m',
    rules: rows.flatMap(([w, total, errors]) => [
      { record: `slo:sli_total:increase${w}`, expr: total, labels },
      { record: `slo:sli_errors:increase${w}`, expr: errors, labels },
      {
        record: `slo:sli_error:ratio${w}`,
        expr: `slo:sli_errors:increase${w}${SLO} / slo:sli_total:increase${w}${SLO}`,
        labels,
      },
    ]),
  };
}

const WINDOWS_28 = ['5m', '30m', '1h', '2h', '6h', '1d', '4d'];
const WINDOWS_30 = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];

const ratioRow = (w: string): [string, string, string] => [
  w,
  `sum(increase(http_requests_total{job="api"}[${w}]))`,
  `(sum(increase(http_requests_total{job="api",code=~"5.."}[${w}])) or vector(0))`,
];

describe('generateAlertRules golden rule groups', () => {
  it('ratio, 28 days, static (Pyrra 14/7/2/1)', () => {
    const { ruleFile } = generateAlertRules({
      ...base,
      windowDays: 28,
      indicator: ratio,
    });
    const alert = (
      long: string,
      short: string,
      threshold: string,
      forDuration: string,
      severity: string,
      factor: string,
      share: string,
      thresholdPercent: string,
    ) => ({
      alert: 'SloErrorBudgetBurn',
      expr:
        `slo:sli_error:ratio${long}${SLO} > ${threshold}\nand\n` +
        `slo:sli_error:ratio${short}${SLO} > ${threshold}`,
      for: forDuration,
      labels: {
        slo: 'component-default-api-availability',
        entity_ref: 'component:default/api',
        severity,
        long_window: long,
        short_window: short,
        burn_rate_type: 'static',
      },
      annotations: {
        summary: `component:default/api (SLO component-default-api-availability) is burning its error budget (${long}/${short} ${severity})`,
        description:
          `Bad-event ratio over ${long} is {{ $value | humanizePercentage }}, and the ${short} ratio is also above ` +
          `${thresholdPercent} (${factor} × the 0.1% error budget). At this pace ${share} of the 28-day ` +
          `error budget (objective 99.9%) is spent within ${long}.`,
      },
    });
    expect(ruleFile).toEqual({
      groups: [
        recordings(WINDOWS_28.map(ratioRow)),
        {
          name: 'component-default-api-availability:alerts',
          interval: '1m',
          rules: [
            alert(
              '1h',
              '5m',
              '0.014',
              '2m',
              'page',
              '14',
              '2.08333333333%',
              '1.4%',
            ),
            alert('6h', '30m', '0.007', '15m', 'page', '7', '6.25%', '0.7%'),
            alert(
              '1d',
              '2h',
              '0.002',
              '1h',
              'ticket',
              '2',
              '7.14285714286%',
              '0.2%',
            ),
            alert(
              '4d',
              '6h',
              '0.001',
              '3h',
              'ticket',
              '1',
              '14.2857142857%',
              '0.1%',
            ),
            {
              alert: 'SloMetricAbsent',
              expr: 'absent(http_requests_total{job="api"})',
              for: '10m',
              labels: {
                slo: 'component-default-api-availability',
                entity_ref: 'component:default/api',
                severity: 'ticket',
              },
              annotations: {
                summary:
                  'component:default/api (SLO component-default-api-availability) has no SLI data',
                description:
                  'No series match http_requests_total{job="api"} for 10m: the burn-rate alerts of this SLO cannot fire.',
              },
            },
          ],
        },
      ],
    });
  });

  it('ratio, 30 days, dynamic, with a traffic guard (workbook windows)', () => {
    const { ruleFile, metadata } = generateAlertRules({
      ...base,
      windowDays: 30,
      indicator: ratio,
      burnRateType: 'dynamic',
      minTrafficEvents: 50,
    });
    expect(ruleFile.groups.map(g => g.name)).toEqual([
      'component-default-api-availability:recordings',
      'component-default-api-availability:slo-window',
      'component-default-api-availability:alerts',
    ]);
    expect(ruleFile.groups[0]).toEqual(recordings(WINDOWS_30.map(ratioRow)));
    expect(ruleFile.groups[1]).toEqual({
      name: 'component-default-api-availability:slo-window',
      interval: '2m30s',
      rules: [
        {
          record: 'slo:sli_total:increase30d',
          expr: 'sum(increase(http_requests_total{job="api"}[30d]))',
          labels,
        },
      ],
    });
    const dyn = (long: string, short: string, e: string) => {
      const threshold = `(slo:sli_total:increase30d${SLO} / slo:sli_total:increase${long}${SLO}) * ${e} * 0.001`;
      return (
        `slo:sli_error:ratio${long}${SLO} > ${threshold}\nand\n` +
        `slo:sli_error:ratio${short}${SLO} > ${threshold}\nand\n` +
        `slo:sli_total:increase${long}${SLO} >= 50`
      );
    };
    const alerts = ruleFile.groups[2].rules;
    expect(alerts.map(r => ('expr' in r ? r.expr : ''))).toEqual([
      dyn('1h', '5m', '0.02'),
      dyn('6h', '30m', '0.05'),
      dyn('1d', '2h', '0.1'),
      dyn('3d', '6h', '0.1'),
      'absent(http_requests_total{job="api"})',
    ]);
    expect(
      metadata.pairs.map(p => [p.long, p.short, p.factor, p.severity, p.for]),
    ).toEqual([
      ['1h', '5m', 14.4, 'page', '2m'],
      ['6h', '30m', 6, 'page', '15m'],
      ['1d', '2h', 3, 'ticket', '1h'],
      ['3d', '6h', 1, 'ticket', '3h'],
    ]);
  });

  const kinds: Array<
    [string, AlertIndicator, (w: string) => [string, string, string], string]
  > = [
    [
      'latency-classic',
      {
        kind: 'latency-classic',
        bucketMetric: 'http_request_duration_seconds_bucket',
        matchers: [job],
        thresholdSeconds: 1,
      },
      w => [
        w,
        `sum(increase(http_request_duration_seconds_bucket{job="api",le="+Inf"}[${w}]))`,
        `sum(increase(http_request_duration_seconds_bucket{job="api",le="+Inf"}[${w}])) - ` +
          `sum(increase(http_request_duration_seconds_bucket{job="api",le=~"1(\\\\.0)?"}[${w}]))`,
      ],
      'absent(http_request_duration_seconds_bucket{job="api",le=~"1(\\\\.0)?"})',
    ],
    [
      'latency-native',
      {
        kind: 'latency-native',
        metric: 'http_request_duration_seconds',
        matchers: [job],
        thresholdSeconds: 0.3,
      },
      w => [
        w,
        `histogram_count(sum(increase(http_request_duration_seconds{job="api"}[${w}])))`,
        `histogram_count(sum(increase(http_request_duration_seconds{job="api"}[${w}]))) * ` +
          `(1 - histogram_fraction(0, 0.3, sum(increase(http_request_duration_seconds{job="api"}[${w}]))))`,
      ],
      'absent(http_request_duration_seconds{job="api"})',
    ],
    [
      'boolean-gauge',
      { kind: 'boolean-gauge', metric: 'probe_success', matchers: [job] },
      w => [
        w,
        `sum(count_over_time(probe_success{job="api"}[${w}]))`,
        `sum(count_over_time(probe_success{job="api"}[${w}])) - sum(sum_over_time(probe_success{job="api"}[${w}]))`,
      ],
      'absent(probe_success{job="api"})',
    ],
    [
      'ratio (good)',
      {
        kind: 'ratio',
        total: { metric: 'http_requests_total', matchers: [job] },
        good: {
          metric: 'http_requests_total',
          matchers: [job, { name: 'code', op: '!~', value: '5..' }],
        },
      },
      w => [
        w,
        `sum(increase(http_requests_total{job="api"}[${w}]))`,
        `sum(increase(http_requests_total{job="api"}[${w}])) - (sum(increase(http_requests_total{job="api",code!~"5.."}[${w}])) or vector(0))`,
      ],
      'absent(http_requests_total{job="api"})',
    ],
  ];

  describe.each(kinds)('%s', (_name, indicator, row, absent) => {
    it.each([
      [28, WINDOWS_28, ['0.014', '0.007', '0.002', '0.001']],
      [30, WINDOWS_30, ['0.0144', '0.006', '0.003', '0.001']],
    ] as const)('%s days, static', (days, windows, thresholds) => {
      const { ruleFile } = generateAlertRules({
        ...base,
        windowDays: days,
        indicator,
      });
      expect(ruleFile.groups[0]).toEqual(recordings(windows.map(row)));
      const longs =
        days === 28 ? ['1h', '6h', '1d', '4d'] : ['1h', '6h', '1d', '3d'];
      const shorts = ['5m', '30m', '2h', '6h'];
      expect(
        ruleFile.groups[1].rules.map(r => ('expr' in r ? r.expr : '')),
      ).toEqual([
        ...longs.map(
          (l, i) =>
            `slo:sli_error:ratio${l}${SLO} > ${thresholds[i]}\nand\nslo:sli_error:ratio${shorts[i]}${SLO} > ${thresholds[i]}`,
        ),
        absent,
      ]);
    });
  });
});

describe('generateAlertRules metadata and validation', () => {
  it('reports the bucket used when the threshold is not a boundary', () => {
    const { metadata, ruleFile } = generateAlertRules({
      ...base,
      windowDays: 30,
      indicator: {
        kind: 'latency-classic',
        bucketMetric: 'http_request_duration_seconds_bucket',
        thresholdSeconds: 0.3,
        buckets: [0.1, 0.25, 0.5, 1],
      },
    });
    expect(metadata.bucketUsed).toBe(0.25);
    expect(metadata.bucketNote).toMatch(
      /not a bucket boundary: using le="0.25"/,
    );
    expect(JSON.stringify(ruleFile)).toContain('le=\\"0.25\\"');
  });

  it('uses the smallest bucket, and says it is lenient, below every boundary', () => {
    const { metadata } = generateAlertRules({
      ...base,
      windowDays: 30,
      indicator: {
        kind: 'latency-classic',
        bucketMetric: 'x_bucket',
        thresholdSeconds: 0.05,
        buckets: [0.1, 0.25],
      },
    });
    expect(metadata.bucketUsed).toBe(0.1);
    expect(metadata.bucketNote).toMatch(/below every bucket boundary/);
  });

  it('scales other windows from 28 days and lists them', () => {
    const { metadata } = generateAlertRules({
      ...base,
      windowDays: 14,
      indicator: ratio,
    });
    expect(metadata.windowSource).toBe('scaled-from-28d');
    expect(metadata.pairs.map(p => `${p.long}/${p.short}@${p.factor}`)).toEqual(
      ['30m/3m@14', '3h/15m@7', '12h/1h@2', '2d/3h@1'],
    );
    expect(metadata.recordedWindows).toEqual([
      '3m',
      '15m',
      '30m',
      '1h',
      '3h',
      '12h',
      '2d',
    ]);
  });

  it('escapes label values and rejects injected names', () => {
    const { ruleFile } = generateAlertRules({
      ...base,
      windowDays: 30,
      indicator: {
        kind: 'boolean-gauge',
        metric: 'probe_success',
        matchers: [{ name: 'job', op: '=', value: 'a"} or vector(1) #\\' }],
      },
    });
    expect(ruleFile.groups[0].rules[0]).toMatchObject({
      expr: 'sum(count_over_time(probe_success{job="a\\"} or vector(1) #\\\\"}[5m]))',
    });
    expect(() =>
      generateAlertRules({
        ...base,
        windowDays: 30,
        indicator: { kind: 'boolean-gauge', metric: 'up or vector(1)' },
      }),
    ).toThrow(/invalid Prometheus metric name/);
    expect(() =>
      generateAlertRules({
        ...base,
        windowDays: 30,
        indicator: {
          kind: 'boolean-gauge',
          metric: 'up',
          matchers: [{ name: 'job"}', op: '=', value: 'x' }],
        },
      }),
    ).toThrow(/invalid label name/);
    expect(() =>
      generateAlertRules({
        ...base,
        sloName: 'a b',
        windowDays: 30,
        indicator: ratio,
      }),
    ).toThrow(/sloName/);
  });

  it('keeps user text out of Go templates', () => {
    const { ruleFile } = generateAlertRules({
      ...base,
      entityRef: 'component:default/{{ evil }}',
      windowDays: 30,
      indicator: ratio,
    });
    const rule = ruleFile.groups[1].rules[0];
    expect('annotations' in rule && rule.annotations?.summary).toBe(
      'component:default/{{ "{{" }} evil }} (SLO component-default-api-availability) is burning its error budget (1h/5m page)',
    );
  });
});
