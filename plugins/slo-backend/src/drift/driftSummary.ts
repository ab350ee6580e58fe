import type { SliDriftConfirmation } from '@slo-engine/plugin-slo-common';

/**
 * The confirmation's before and after in the unit owners read (percent
 * availability, milliseconds), and one sentence saying what moved.
 */
export function describeDrift(c: SliDriftConfirmation): {
  before: number | null;
  after: number | null;
  unit: 'percent' | 'ms';
  summary: string;
} {
  const by = c.detectors.join(', ');
  if (c.sli === 'availability') {
    const pct = (v: number | null) => (v === null ? null : v * 100);
    const before = pct(c.before);
    const after = pct(c.after);
    const move =
      before !== null && after !== null
        ? `${before.toFixed(2)}% → ${after.toFixed(2)}% (${signed(
            after - before,
            2,
          )} pp)`
        : 'changed';
    return {
      before,
      after,
      unit: 'percent',
      summary: `availability ${move}; detected by ${by}`,
    };
  }
  const { before, after } = c;
  const move =
    before !== null && after !== null
      ? `${before.toFixed(1)} ms → ${after.toFixed(1)} ms (${signed(
          (after / before - 1) * 100,
          0,
        )}%)`
      : 'changed';
  return {
    before,
    after,
    unit: 'ms',
    summary: `p99 latency ${move}; detected by ${by}`,
  };
}

function signed(v: number, digits: number): string {
  const text = Math.abs(v).toFixed(digits);
  return `${v < 0 ? '−' : '+'}${text}`;
}
