import { parseEntityRefParts } from '../entityRef';
import { burnCondition } from './burnCondition';
import { indicatorQueries } from './indicators';
import { formatPromDuration, promqlNumber, promqlString } from './promql';
import type {
  BurnRateWindowPair,
  GeneratedAlertRules,
  PrometheusAlertingRule,
  PrometheusRecordingRule,
  PrometheusRuleGroup,
  SloAlertSpec,
} from './types';
import { burnRateWindowPairs } from './windows';

/** Alert names shared by every SLO; the `slo` label tells them apart. */
export const SLO_BURN_ALERT = 'SloErrorBudgetBurn';
/** @public */
export const SLO_ABSENT_ALERT = 'SloMetricAbsent';

const SLO_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.:-]{0,199}$/;

/**
 * Recording-rule names. Every recorded series carries the `slo` label only.
 * @public
 */
export const sloRecordNames = {
  total: (w: string) => `slo:sli_total:increase${w}`,
  errors: (w: string) => `slo:sli_errors:increase${w}`,
  ratio: (w: string) => `slo:sli_error:ratio${w}`,
};

/**
 * A stable SLO name from an entity reference and an SLI name, e.g.
 * `component:default/checkout` + `availability` →
 * `component-default-checkout-availability`.
 * @public
 */
export function sloRuleName(entityRef: string, sliName: string): string {
  return `${entityRef}-${sliName}`
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

/** Keeps user text from being read as a Go template by Prometheus. */
function templateSafe(text: string): string {
  return text.replace(/\{\{/g, '{{ "{{" }}');
}

function percent(ratio: number): string {
  return `${promqlNumber(ratio * 100)}%`;
}

function entityUrl(base: string, entityRef: string): string | undefined {
  const parts = parseEntityRefParts(entityRef);
  if (!parts) return undefined;
  const path = [parts.namespace, parts.kind, parts.name]
    .map(p => encodeURIComponent(p.toLocaleLowerCase('en-US')))
    .join('/');
  return `${base.replace(/\/+$/, '')}/catalog/${path}/slos`;
}

function validate(spec: SloAlertSpec): void {
  if (!SLO_NAME.test(spec.sloName)) {
    throw new TypeError(
      `sloName must match ${SLO_NAME.source}, got ${JSON.stringify(
        spec.sloName,
      )}`,
    );
  }
  if (!spec.entityRef) throw new TypeError('entityRef is required');
  const min = spec.minTrafficEvents ?? 0;
  if (!(min >= 0) || !Number.isFinite(min)) {
    throw new RangeError(`minTrafficEvents must be >= 0, got ${min}`);
  }
  if (
    spec.backstageBaseUrl !== undefined &&
    !/^https?:\/\/\S+$/.test(spec.backstageBaseUrl)
  ) {
    throw new TypeError(
      `backstageBaseUrl must be an http(s) URL, got ${JSON.stringify(
        spec.backstageBaseUrl,
      )}`,
    );
  }
}

/**
 * Generates the Prometheus recording rules and multi-window multi-burn-rate
 * alerts of one SLO, plus metadata describing the choices made.
 *
 * Groups: `<slo>:recordings` (events, bad events and error ratio per
 * window), for dynamic burn rates `<slo>:slo-window` (events over the whole
 * SLO window), and `<slo>:alerts`. See docs/alerting.md.
 * @public
 */
export function generateAlertRules(spec: SloAlertSpec): GeneratedAlertRules {
  validate(spec);
  const burnRateType = spec.burnRateType ?? 'static';
  const minTraffic = spec.minTrafficEvents ?? 0;
  const { pairs, source } = burnRateWindowPairs(
    spec.windowDays,
    spec.objective,
    burnRateType,
  );
  const queries = indicatorQueries(spec.indicator);
  const slo = spec.sloName;
  const sloMatcher = `{slo=${promqlString(slo)}}`;
  const sloWindow = formatPromDuration(spec.windowDays * 86400);
  const budget = 1 - spec.objective;

  const windowSeconds = new Map<string, number>();
  for (const p of pairs) {
    windowSeconds.set(p.short, p.shortSeconds);
    windowSeconds.set(p.long, p.longSeconds);
  }
  const windows = [...windowSeconds.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([w]) => w);

  const recordings: PrometheusRecordingRule[] = windows.flatMap(w => [
    {
      record: sloRecordNames.total(w),
      expr: queries.total(w),
      labels: { slo },
    },
    {
      record: sloRecordNames.errors(w),
      expr: queries.errors(w),
      labels: { slo },
    },
    {
      record: sloRecordNames.ratio(w),
      expr: `${sloRecordNames.errors(w)}${sloMatcher} / ${sloRecordNames.total(
        w,
      )}${sloMatcher}`,
      labels: { slo },
    },
  ]);

  const groups: PrometheusRuleGroup[] = [
    { name: `${slo}:recordings`, interval: '1m', rules: recordings },
  ];
  if (burnRateType === 'dynamic') {
    groups.push({
      name: `${slo}:slo-window`,
      // One long range query per SLO: cheaper at a slower pace, and the
      // threshold it feeds changes slowly.
      interval: '2m30s',
      rules: [
        {
          record: sloRecordNames.total(sloWindow),
          expr: queries.total(sloWindow),
          labels: { slo },
        },
      ],
    });
  }

  const url = spec.backstageBaseUrl
    ? entityUrl(spec.backstageBaseUrl, spec.entityRef)
    : undefined;
  const baseLabels: Record<string, string> = {
    slo,
    entity_ref: spec.entityRef,
    ...(spec.owner ? { owner: spec.owner } : {}),
  };
  const who = templateSafe(`${spec.entityRef} (SLO ${slo})`);

  const burnRule = (p: BurnRateWindowPair): PrometheusAlertingRule => {
    const expr = burnCondition(
      p,
      {
        ratio: w => `${sloRecordNames.ratio(w)}${sloMatcher}`,
        total: w => `${sloRecordNames.total(w)}${sloMatcher}`,
      },
      { burnRateType, sloWindow, budget, minTrafficEvents: minTraffic },
    );
    const thresholdText =
      burnRateType === 'static'
        ? `${percent(p.threshold)} (${promqlNumber(p.factor)} × the ${percent(
            budget,
          )} error budget)`
        : `the traffic-aware threshold (events in ${sloWindow} / events in ${
            p.long
          }) × ${promqlNumber(p.budgetFraction)} × ${percent(budget)}`;
    const guardText =
      minTraffic > 0
        ? ` Silent while ${p.long} holds fewer than ${promqlNumber(
            minTraffic,
          )} events.`
        : '';
    return {
      alert: SLO_BURN_ALERT,
      expr,
      for: p.for,
      labels: {
        ...baseLabels,
        severity: p.severity,
        long_window: p.long,
        short_window: p.short,
        burn_rate_type: burnRateType,
      },
      annotations: {
        summary: `${who} is burning its error budget (${p.long}/${p.short} ${p.severity})`,
        description:
          `Bad-event ratio over ${p.long} is {{ $value | humanizePercentage }}, and the ${p.short} ratio is also above ` +
          `${thresholdText}. At this pace ${percent(p.budgetFraction)} of the ${
            spec.windowDays
          }-day error budget ` +
          `(objective ${percent(spec.objective)}) is spent within ${
            p.long
          }.${guardText}`,
        ...(url ? { backstage_url: url } : {}),
      },
    };
  };

  const absentFor = formatPromDuration(
    2 * Math.min(...pairs.map(p => p.shortSeconds)),
  );
  const absentRule: PrometheusAlertingRule = {
    alert: SLO_ABSENT_ALERT,
    expr: `absent(${queries.absentSelector})`,
    for: absentFor,
    labels: { ...baseLabels, severity: 'ticket' },
    annotations: {
      summary: `${who} has no SLI data`,
      description: templateSafe(
        `No series match ${queries.absentSelector} for ${absentFor}: the burn-rate alerts of this SLO cannot fire.`,
      ),
      ...(url ? { backstage_url: url } : {}),
    },
  };

  groups.push({
    name: `${slo}:alerts`,
    interval: '1m',
    rules: [...pairs.map(burnRule), absentRule],
  });

  return {
    ruleFile: { groups },
    metadata: {
      sloName: slo,
      windowDays: spec.windowDays,
      windowSource: source,
      burnRateType,
      pairs,
      recordedWindows: windows,
      minTrafficEvents: minTraffic,
      ...(queries.bucketNote ? { bucketNote: queries.bucketNote } : {}),
      ...(queries.bucketUsed !== undefined
        ? { bucketUsed: queries.bucketUsed }
        : {}),
      alertNames: { burn: SLO_BURN_ALERT, absent: SLO_ABSENT_ALERT },
    },
  };
}
