import {
  DashboardCoverageCounts,
  DashboardCoverageResponse,
  DashboardCriticality,
  ENTITY_CRITICALITIES,
} from '@slo-engine/plugin-slo-common';
import { groupByRef } from './groupByRef';
import type { DashboardEntity } from './types';

const CRITICALITIES: DashboardCriticality[] = [
  ...ENTITY_CRITICALITIES,
  'unspecified',
];

export function coverageCounts(
  entities: DashboardEntity[],
): DashboardCoverageCounts {
  const count = (p: (e: DashboardEntity) => boolean) =>
    entities.filter(p).length;
  const active = count(e => e.coverage === 'active_slo');
  return {
    entities: entities.length,
    active_slo: active,
    awaiting_decision: count(e => e.coverage === 'awaiting_decision'),
    without_slo: count(e => e.coverage === 'without_slo'),
    no_telemetry: count(e => !e.telemetryOk),
    coverage_ratio: entities.length === 0 ? null : active / entities.length,
  };
}

/** `GET /dashboard/coverage` from the filtered entity rows. */
export function toCoverage(
  entities: DashboardEntity[],
  computedAt: Date | undefined,
): DashboardCoverageResponse {
  return {
    computed_at: computedAt?.toISOString() ?? null,
    totals: coverageCounts(entities),
    by_team: groupByRef(entities, e => e.owner).map(([owner, group]) => ({
      owner,
      ...coverageCounts(group),
    })),
    by_system: groupByRef(entities, e => e.system).map(([system, group]) => ({
      system,
      ...coverageCounts(group),
    })),
    by_criticality: CRITICALITIES.map(criticality => ({
      criticality,
      ...coverageCounts(entities.filter(e => e.criticality === criticality)),
    })),
  };
}
