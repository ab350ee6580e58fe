import {
  chooseBucket,
  indicatorQueries,
  renderSelector,
  SloAlertSpec,
} from '@slo-engine/plugin-slo-common';
import type { EntitySloSpecs, ResolvedSloSpec } from '../alerts/specs/types';
import {
  bucketSelector,
  errorSelector,
  totalSelector,
} from '../telemetry/metricMapping';
import { budgetWindows, BudgetWindows } from './budgetWindows';

/**
 * How the fleet job counts an SLI's events: `ratio` and `buckets` from
 * the batched `sum by (<service label>)` queries, `single` with the SLI's
 * own queries when its selectors are not the entity's telemetry mapping
 * (the batches are built from the mapping).
 */
export type FleetFamily = 'ratio' | 'buckets' | 'single';

export interface FleetSli {
  entity: EntitySloSpecs;
  resolved: ResolvedSloSpec;
  windows: BudgetWindows;
  family: FleetFamily;
  /** Latency: the `le` boundary whose bucket holds the fast requests. */
  boundary?: number;
  note?: string;
  /** The series whose absence means no data. */
  selector?: string;
}

function familyOf(
  spec: SloAlertSpec,
  entity: EntitySloSpecs,
): Pick<FleetSli, 'family' | 'boundary' | 'note'> {
  const t = entity.telemetry;
  const ind = spec.indicator;
  try {
    if (
      ind.kind === 'ratio' &&
      ind.errors &&
      renderSelector(ind.total) === totalSelector(t) &&
      renderSelector(ind.errors) === errorSelector(t)
    ) {
      return { family: 'ratio' };
    }
    if (ind.kind === 'latency-classic') {
      const { boundary, note } = chooseBucket(ind);
      const family =
        renderSelector({ metric: ind.bucketMetric, matchers: ind.matchers }) ===
        bucketSelector(t)
          ? 'buckets'
          : 'single';
      return { family, boundary, note };
    }
  } catch {
    // An invalid selector fails again in the SLI's own queries, with a
    // message that says why.
  }
  return { family: 'single' };
}

/** Every SLI of the fleet with its windows and how it is counted. */
export function fleetSlis(fleet: EntitySloSpecs[]): FleetSli[] {
  return fleet.flatMap(entity =>
    entity.specs.map(resolved => ({
      entity,
      resolved,
      windows: budgetWindows(resolved.spec.windowDays, resolved.spec.objective),
      ...familyOf(resolved.spec, entity),
      ...selectorOf(resolved.spec),
    })),
  );
}

function selectorOf(spec: SloAlertSpec): { selector?: string } {
  try {
    return { selector: indicatorQueries(spec.indicator).absentSelector };
  } catch {
    return {};
  }
}

export const sliKey = (s: FleetSli) =>
  `${s.entity.entityRef}#${s.resolved.sli}`;
