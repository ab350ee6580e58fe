import { SLO_BURN_ALERT, generateAlertRules } from './generateAlertRules';
import { alertReplayPresenceQuery, alertReplayQueries } from './replayQueries';
import type {
  AlertIndicator,
  BurnRateType,
  PrometheusRuleFile,
  SloAlertSpec,
} from './types';

const job = { name: 'job', op: '=' as const, value: 'api' };

const indicators: Record<string, AlertIndicator> = {
  ratio: {
    kind: 'ratio',
    total: { metric: 'http_requests_total', matchers: [job] },
    errors: {
      metric: 'http_requests_total',
      matchers: [job, { name: 'code', op: '=~', value: '5..' }],
    },
  },
  'ratio-good': {
    kind: 'ratio',
    total: { metric: 'http_requests_total', matchers: [job] },
    good: {
      metric: 'http_requests_total',
      matchers: [job, { name: 'code', op: '!~', value: '5..' }],
    },
  },
  'latency-classic': {
    kind: 'latency-classic',
    bucketMetric: 'http_request_duration_seconds_bucket',
    matchers: [job],
    thresholdSeconds: 1,
  },
  'latency-native': {
    kind: 'latency-native',
    metric: 'http_request_duration_seconds',
    matchers: [job],
    thresholdSeconds: 0.3,
  },
  'boolean-gauge': {
    kind: 'boolean-gauge',
    metric: 'probe_success',
    matchers: [job],
  },
};

function spec(
  kind: string,
  windowDays: number,
  minTrafficEvents = 0,
): SloAlertSpec {
  return {
    sloName: 'component-default-api-availability',
    entityRef: 'component:default/api',
    windowDays,
    objective: kind === 'boolean-gauge' ? 0.95 : 0.999,
    indicator: indicators[kind],
    minTrafficEvents,
  };
}

// Raw event counts, written out once per indicator.
const events = (w: string) =>
  `(sum(increase(http_requests_total{job="api"}[${w}])))`;
const ratioErrors = (w: string) =>
  `((sum(increase(http_requests_total{job="api",code=~"5.."}[${w}])) or vector(0)))`;
const goodErrors = (w: string) =>
  `(sum(increase(http_requests_total{job="api"}[${w}])) - (sum(increase(http_requests_total{job="api",code!~"5.."}[${w}])) or vector(0)))`;
const bucket = (w: string, le: string) =>
  `sum(increase(http_request_duration_seconds_bucket{job="api",le${le}}[${w}]))`;
const probe = (fn: string, w: string) =>
  `sum(${fn}(probe_success{job="api"}[${w}]))`;

describe('alertReplayQueries inlines every recorded series', () => {
  it.each<
    [string, string, number, BurnRateType, number, [string, string, number]]
  >([
    [
      'ratio (errors), static, no guard',
      'ratio',
      30,
      'static',
      0,
      [
        `(${ratioErrors('1h')} / ${events('1h')}) > 0.0144\nand\n` +
          `(${ratioErrors('5m')} / ${events('5m')}) > 0.0144`,
        '1h/5m',
        120,
      ],
    ],
    [
      'ratio (errors), dynamic, guard 100',
      'ratio',
      30,
      'dynamic',
      100,
      [
        `(${ratioErrors('1h')} / ${events('1h')}) > (${events(
          '30d',
        )} / ${events('1h')}) * 0.02 * 0.001\nand\n` +
          `(${ratioErrors('5m')} / ${events('5m')}) > (${events(
            '30d',
          )} / ${events('1h')}) * 0.02 * 0.001\nand\n` +
          `${events('1h')} >= 100`,
        '1h/5m',
        120,
      ],
    ],
    [
      'ratio (good), 7 days scaled, static, guard 50',
      'ratio-good',
      7,
      'static',
      50,
      [
        // 7 days: Pyrra's 1h/5m scaled by 1/4 → 15m/1m, factor 14.
        `(${goodErrors('15m')} / ${events('15m')}) > 0.014\nand\n` +
          `(${goodErrors('1m')} / ${events('1m')}) > 0.014\nand\n` +
          `${events('15m')} >= 50`,
        '15m/1m',
        60,
      ],
    ],
    [
      'latency-classic, 28 days, static, guard 10',
      'latency-classic',
      28,
      'static',
      10,
      [
        `((${bucket('1h', '="+Inf"')} - ${bucket(
          '1h',
          '=~"1(\\\\.0)?"',
        )}) / (${bucket('1h', '="+Inf"')})) > 0.014\nand\n` +
          `((${bucket('5m', '="+Inf"')} - ${bucket(
            '5m',
            '=~"1(\\\\.0)?"',
          )}) / (${bucket('5m', '="+Inf"')})) > 0.014\nand\n` +
          `(${bucket('1h', '="+Inf"')}) >= 10`,
        '1h/5m',
        120,
      ],
    ],
    [
      'latency-classic, 30 days, dynamic, no guard',
      'latency-classic',
      30,
      'dynamic',
      0,
      [
        `((${bucket('1h', '="+Inf"')} - ${bucket(
          '1h',
          '=~"1(\\\\.0)?"',
        )}) / (${bucket('1h', '="+Inf"')})) > ((${bucket(
          '30d',
          '="+Inf"',
        )}) / (${bucket('1h', '="+Inf"')})) * 0.02 * 0.001\nand\n` +
          `((${bucket('5m', '="+Inf"')} - ${bucket(
            '5m',
            '=~"1(\\\\.0)?"',
          )}) / (${bucket('5m', '="+Inf"')})) > ((${bucket(
            '30d',
            '="+Inf"',
          )}) / (${bucket('1h', '="+Inf"')})) * 0.02 * 0.001`,
        '1h/5m',
        120,
      ],
    ],
    [
      'boolean-gauge, 28 days, dynamic, no guard (1/48 of a 5 % budget)',
      'boolean-gauge',
      28,
      'dynamic',
      0,
      [
        `((${probe('count_over_time', '1h')} - ${probe(
          'sum_over_time',
          '1h',
        )}) / (${probe('count_over_time', '1h')})) > ((${probe(
          'count_over_time',
          '28d',
        )}) / (${probe('count_over_time', '1h')})) * (1 / 48) * 0.05\nand\n` +
          `((${probe('count_over_time', '5m')} - ${probe(
            'sum_over_time',
            '5m',
          )}) / (${probe('count_over_time', '5m')})) > ((${probe(
            'count_over_time',
            '28d',
          )}) / (${probe('count_over_time', '1h')})) * (1 / 48) * 0.05`,
        '1h/5m',
        120,
      ],
    ],
    [
      'boolean-gauge, 30 days, static, guard 20',
      'boolean-gauge',
      30,
      'static',
      20,
      [
        // 14.4 × 5 % = 0.72
        `((${probe('count_over_time', '1h')} - ${probe(
          'sum_over_time',
          '1h',
        )}) / (${probe('count_over_time', '1h')})) > 0.72\nand\n` +
          `((${probe('count_over_time', '5m')} - ${probe(
            'sum_over_time',
            '5m',
          )}) / (${probe('count_over_time', '5m')})) > 0.72\nand\n` +
          `(${probe('count_over_time', '1h')}) >= 20`,
        '1h/5m',
        120,
      ],
    ],
  ])('%s', (_name, kind, days, type, guard, [expr, windows, forSeconds]) => {
    const queries = alertReplayQueries(spec(kind, days, guard), type);
    expect(queries).toHaveLength(4);
    expect(queries[0].expr).toBe(expr);
    expect(`${queries[0].pair.long}/${queries[0].pair.short}`).toBe(windows);
    expect(queries[0].forSeconds).toBe(forSeconds);
  });

  it.each([
    [30, ['1h/5m', '6h/30m', '1d/2h', '3d/6h'], [120, 900, 3600, 10800]],
    [28, ['1h/5m', '6h/30m', '1d/2h', '4d/6h'], [120, 900, 3600, 10800]],
    [7, ['15m/1m', '1h30m/8m', '6h/30m', '1d/1h30m'], [60, 240, 900, 2700]],
  ])(
    '%s days: every pair, with its for: in seconds',
    (days, windows, forSeconds) => {
      const queries = alertReplayQueries(spec('ratio', days), 'static');
      expect(queries.map(q => `${q.pair.long}/${q.pair.short}`)).toEqual(
        windows,
      );
      expect(queries.map(q => q.forSeconds)).toEqual(forSeconds);
      // each pair reads its own two windows and no other
      for (const q of queries) {
        const read = [...q.expr.matchAll(/\[([0-9dhms]+)\]/g)].map(m => m[1]);
        expect(new Set(read)).toEqual(new Set([q.pair.long, q.pair.short]));
      }
    },
  );

  it('rejects a negative traffic guard like the generator', () => {
    expect(() => alertReplayQueries(spec('ratio', 30, -1), 'static')).toThrow(
      /minTrafficEvents must be >= 0/,
    );
  });
});

/**
 * Replaces every `record{slo="…"}` of the rule file by `(its expr)` until
 * no recorded series is left: what the alert computes from raw series.
 */
function inlineRecordings(expr: string, file: PrometheusRuleFile): string {
  const recorded = file.groups
    .flatMap(g => g.rules)
    .flatMap(r =>
      'record' in r
        ? [[`${r.record}{slo="${r.labels!.slo}"}`, `(${r.expr})`] as const]
        : [],
    );
  let out = expr;
  for (let pass = 0; pass < 3; pass++) {
    for (const [name, raw] of recorded) out = out.split(name).join(raw);
  }
  expect(out).not.toMatch(/slo:sli_/);
  return out;
}

describe('replay expressions equal the generated alerts with recordings inlined', () => {
  const cases = Object.keys(indicators).flatMap(kind =>
    [7, 28, 30].flatMap(days =>
      (['static', 'dynamic'] as const).flatMap(type =>
        [0, 50].map(guard => [kind, days, type, guard] as const),
      ),
    ),
  );

  it.each(cases)('%s, %s days, %s, guard %s', (kind, days, type, guard) => {
    const s = { ...spec(kind, days, guard), burnRateType: type };
    const { ruleFile } = generateAlertRules(s);
    const alerts = ruleFile.groups
      .flatMap(g => g.rules)
      .filter(r => 'alert' in r && r.alert === SLO_BURN_ALERT);
    const queries = alertReplayQueries(s, type);
    expect(queries).toHaveLength(alerts.length);
    queries.forEach((q, i) => {
      expect(q.expr).toBe(inlineRecordings(alerts[i].expr, ruleFile));
      expect(alerts[i]).toMatchObject({
        for: q.pair.for,
        labels: { long_window: q.pair.long, short_window: q.pair.short },
      });
    });
  });
});

describe('alertReplayPresenceQuery', () => {
  it.each([
    [
      'ratio',
      7 * 86400,
      'count(present_over_time(http_requests_total{job="api"}[7d]))',
    ],
    [
      'latency-classic',
      86400,
      'count(present_over_time(http_request_duration_seconds_bucket{job="api",le=~"1(\\\\.0)?"}[1d]))',
    ],
    [
      'boolean-gauge',
      90000,
      'count(present_over_time(probe_success{job="api"}[1d1h]))',
    ],
  ])(
    '%s over %s s watches the series the absent alert watches',
    (kind, seconds, expr) => {
      expect(alertReplayPresenceQuery(spec(kind, 30), seconds)).toBe(expr);
    },
  );
});
