import { SloTargets } from '@slo-engine/plugin-slo-common';
import { formatMs } from './numbers';
import { formatTarget } from './percentages';

const PERCENTILES: Record<string, string> = {
  '95': '95',
  '99': '99',
  '999': '99.9',
};

/** `availability` → `Availability`, `latency_p999_ms` → `p99.9 latency`. */
export function sliLabel(sli: string): string {
  if (sli === 'availability') return 'Availability';
  const latency = /^latency_p(\d+)(?:_ms)?$/.exec(sli);
  if (latency) {
    return `p${PERCENTILES[latency[1]] ?? latency[1]} latency`;
  }
  return sli;
}

const LATENCY_TARGETS: (keyof SloTargets)[] = [
  'latency_p95_ms',
  'latency_p99_ms',
  'latency_p999_ms',
];

/** The target of one SLI: `99.9%` for availability, `250 ms` for latency. */
export function formatSliTarget(sli: string, value: number): string {
  return sli === 'availability' ? formatTarget(value) : formatMs(value);
}

/** The targets of an SLO, one phrase each: `Availability 99.9%`. */
export function formatTargets(targets: SloTargets): string[] {
  const out: string[] = [];
  if (targets.availability !== undefined) {
    out.push(`Availability ${formatTarget(targets.availability)}`);
  }
  for (const key of LATENCY_TARGETS) {
    const ms = targets[key];
    if (ms !== undefined) out.push(`${sliLabel(key)} ≤ ${formatMs(ms)}`);
  }
  return out;
}
