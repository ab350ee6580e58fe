import { SloBody, SloTargets } from '@slo-engine/plugin-slo-common';
import { formatMs, formatTarget } from '../shared';

/** "availability 99.5%, p99 ≤ 250 ms": the targets an SLO holds. */
export function formatTargets(targets: SloTargets): string {
  const parts: string[] = [];
  if (targets.availability !== undefined) {
    parts.push(`availability ${formatTarget(targets.availability)}`);
  }
  const latency: [keyof SloTargets, string][] = [
    ['latency_p999_ms', 'p99.9'],
    ['latency_p99_ms', 'p99'],
    ['latency_p95_ms', 'p95'],
  ];
  for (const [key, label] of latency) {
    const ms = targets[key];
    if (ms !== undefined) parts.push(`${label} \u2264 ${formatMs(ms)}`);
  }
  return parts.join(', ') || 'no targets';
}

/** "balanced tier, accepted" / "balanced tier, modified" / "set manually". */
export function formatOrigin(slo: SloBody): string {
  if (slo.source === 'manual' || !slo.selected_tier) return 'set manually';
  const how =
    slo.source === 'recommendation_modified' ? 'modified' : 'accepted';
  return `${slo.selected_tier} tier, ${how}`;
}
