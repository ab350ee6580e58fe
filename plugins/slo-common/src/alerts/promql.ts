import type { LabelMatcher, MetricSelector } from './types';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const OPS = new Set(['=', '!=', '=~', '!~']);

/**
 * Quotes a string as a PromQL double-quoted literal, escaping backslashes,
 * quotes and line breaks so the value can never close the literal.
 * @public
 */
export function promqlString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

/** @public */
export function assertMetricName(name: string): void {
  if (!METRIC_NAME.test(name)) {
    throw new TypeError(
      `invalid Prometheus metric name: ${JSON.stringify(name)}`,
    );
  }
}

function assertMatcher(m: LabelMatcher): void {
  if (!LABEL_NAME.test(m.name) || m.name === '__name__') {
    throw new TypeError(
      `invalid label name in matcher: ${JSON.stringify(m.name)}`,
    );
  }
  if (!OPS.has(m.op)) {
    throw new TypeError(`invalid matcher operator: ${JSON.stringify(m.op)}`);
  }
  if (typeof m.value !== 'string') {
    throw new TypeError(`matcher ${m.name} needs a string value`);
  }
}

/**
 * Renders `metric{a="b",c=~"d"}` from validated parts.
 * @public
 */
export function renderSelector(
  selector: MetricSelector,
  extra: LabelMatcher[] = [],
): string {
  assertMetricName(selector.metric);
  const matchers = [...(selector.matchers ?? []), ...extra];
  matchers.forEach(assertMatcher);
  if (matchers.length === 0) return selector.metric;
  const body = matchers
    .map(m => `${m.name}${m.op}${promqlString(m.value)}`)
    .join(',');
  return `${selector.metric}{${body}}`;
}

const UNITS: Array<[string, number]> = [
  ['d', 86400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/**
 * Formats whole seconds as a Prometheus duration: 3600 → `1h`,
 * 3840 → `1h4m`, 345600 → `4d`.
 * @public
 */
export function formatPromDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds <= 0) {
    throw new RangeError(
      `duration must be a positive whole number of seconds, got ${seconds}`,
    );
  }
  let rest = seconds;
  let out = '';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}

/**
 * Parses the durations produced by `formatPromDuration` (d, h, m, s parts).
 * @public
 */
export function parsePromDuration(text: string): number {
  const re = /(\d+)([dhms])/g;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNITS.find(([u]) => u === m![2])![1];
    consumed += m[0].length;
  }
  if (consumed !== text.length || consumed === 0) {
    throw new RangeError(`unsupported duration: ${JSON.stringify(text)}`);
  }
  return total;
}

/**
 * Renders a number for PromQL or a label without float noise:
 * 14.4 × 0.001 → `0.0144`, not `0.014400000000000001`.
 * @public
 */
export function promqlNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`not a finite number: ${value}`);
  }
  return String(Number(value.toPrecision(12)));
}
