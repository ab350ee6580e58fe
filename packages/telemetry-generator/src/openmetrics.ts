/**
 * OpenMetrics text as `promtool tsdb create-blocks-from openmetrics` reads
 * it: `# HELP`/`# TYPE` per family, timestamps in seconds, strictly
 * increasing per series, no blank lines, LF only, `# EOF` last.
 */
import { MetricType } from './metrics';

export type Labels = Record<string, string>;

/** A hand-written series for `formatOpenMetrics`. */
export interface MetricSeries {
  /** Sample name: `x_total` for counters, `x_bucket`/`x_count`/`x_sum` for histograms. */
  name: string;
  type: MetricType;
  labels: Labels;
  /** [unix seconds, value] pairs, strictly increasing in time. */
  samples: ReadonlyArray<readonly [number, number]>;
  help?: string;
}

/** What `openMetricsText` needs of a series (a generator `SeriesBlock` fits). */
export interface SeriesLike {
  family: string;
  type: MetricType;
  help?: string;
  name: string;
  labels: Labels;
  timestamps: ArrayLike<number>;
  values: ArrayLike<number>;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A sample value: integers plainly, NaN and infinities as OpenMetrics spells them. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** Seconds, with at most millisecond precision. */
export function formatTimestamp(seconds: number): string {
  if (!Number.isFinite(seconds)) throw new Error(`bad timestamp ${seconds}`);
  return Number.isInteger(seconds)
    ? String(seconds)
    : String(Math.round(seconds * 1000) / 1000);
}

function escapeLabelValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n');
}

/** `{a="1",b="2"}` in the given order, or '' without labels. */
export function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => {
    if (!LABEL.test(k)) throw new Error(`bad label name "${k}"`);
    return `${k}="${escapeLabelValue(v)}"`;
  });
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

/** `# HELP` (if any) and `# TYPE` lines of a family. */
export function familyHeader(
  family: string,
  type: MetricType,
  help?: string,
): string {
  if (!NAME.test(family)) throw new Error(`bad metric name "${family}"`);
  const helpLine = help
    ? `# HELP ${family} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n`
    : '';
  return `${helpLine}# TYPE ${family} ${type}\n`;
}

/** The sample lines of one series; throws unless timestamps strictly increase. */
export function seriesText(series: SeriesLike): string {
  if (!NAME.test(series.name))
    throw new Error(`bad metric name "${series.name}"`);
  const prefix = `${series.name}${formatLabels(series.labels)} `;
  const { timestamps, values } = series;
  if (timestamps.length !== values.length) {
    throw new Error(
      `${prefix}: ${timestamps.length} timestamps but ${values.length} values`,
    );
  }
  let text = '';
  let previous = -Infinity;
  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i];
    if (!(t > previous))
      throw new Error(`${prefix}: timestamps must strictly increase at ${t}`);
    previous = t;
    text += `${prefix}${formatValue(values[i])} ${formatTimestamp(t)}\n`;
  }
  return text;
}

/**
 * Streams OpenMetrics text for series given family by family: a header
 * whenever the family changes, then the samples, then `# EOF\n`. Yields one
 * string per series, so the caller can write it without building the file.
 */
export function* openMetricsText(
  series: Iterable<SeriesLike>,
): Generator<string> {
  let current: string | undefined;
  const helped = new Set<string>();
  for (const s of series) {
    let header = '';
    if (s.family !== current) {
      header = familyHeader(
        s.family,
        s.type,
        helped.has(s.family) ? undefined : s.help,
      );
      helped.add(s.family);
      current = s.family;
    }
    yield header + seriesText(s);
  }
  yield '# EOF\n';
}

const SUFFIXES: Record<MetricType, string[]> = {
  counter: ['_total'],
  histogram: ['_bucket', '_count', '_sum'],
  gauge: [''],
};

/** Family name of a sample name: `x_total` -> `x`, `x_bucket` -> `x`. */
export function familyOf(name: string, type: MetricType): string {
  const suffix = SUFFIXES[type].find(s => name.endsWith(s));
  if (suffix === undefined) {
    throw new Error(
      `a ${type} sample name must end with ${SUFFIXES[type].join(
        ' or ',
      )}: "${name}"`,
    );
  }
  return name.slice(0, name.length - suffix.length);
}

/**
 * The whole OpenMetrics file for hand-written series (for tests and
 * backfills). Series are grouped by family in order of first appearance,
 * keeping their order within a family.
 */
export function formatOpenMetrics(series: readonly MetricSeries[]): string {
  const families = new Map<string, SeriesLike[]>();
  for (const s of series) {
    const family = familyOf(s.name, s.type);
    if (
      s.type === 'histogram' &&
      s.name.endsWith('_bucket') &&
      !('le' in s.labels)
    ) {
      throw new Error(`"${s.name}" needs an le label`);
    }
    const group = families.get(family) ?? [];
    if (group.length > 0 && group[0].type !== s.type) {
      throw new Error(
        `family "${family}" is both ${group[0].type} and ${s.type}`,
      );
    }
    group.push({
      family,
      type: s.type,
      help: s.help,
      name: s.name,
      labels: s.labels,
      timestamps: s.samples.map(([t]) => t),
      values: s.samples.map(([, v]) => v),
    });
    families.set(family, group);
  }
  let text = '';
  for (const part of openMetricsText([...families.values()].flat()))
    text += part;
  return text;
}
