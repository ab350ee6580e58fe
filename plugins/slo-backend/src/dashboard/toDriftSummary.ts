import type {
  DashboardDriftResponse,
  DriftEventBody,
  DriftSli,
} from '@slo-engine/plugin-slo-common';
import { groupByRef } from './groupByRef';

/**
 * Confirmed drift events, as the drift detection job stores them
 * (`DriftStore` in ../drift fits as it is).
 */
export interface DriftEventSource {
  /** Events confirmed since `since`, newest first, at most `limit`. */
  listEvents(filter: {
    since: Date;
    owner?: string;
    system?: string;
    limit: number;
  }): Promise<DriftEventBody[]>;
}

/** Events a request counts at most: a 90-day period stays one bounded read. */
export const DRIFT_COUNT_CAP = 5000;

/**
 * `GET /dashboard/drift`: the newest `limit` events of the period, and
 * counts by team and SLI over up to `DRIFT_COUNT_CAP` of them (`events`
 * holds one more than the cap when the period has more).
 */
export function toDriftSummary(
  events: DriftEventBody[],
  options: { limit: number; since: Date; now: Date },
): DashboardDriftResponse {
  const counted = events.slice(0, DRIFT_COUNT_CAP);
  const bySli = new Map<DriftSli, number>();
  counted.forEach(e => bySli.set(e.sli, (bySli.get(e.sli) ?? 0) + 1));
  return {
    computed_at: options.now.toISOString(),
    since: options.since.toISOString(),
    events: counted.slice(0, options.limit),
    total: counted.length,
    truncated: events.length > DRIFT_COUNT_CAP,
    by_team: groupByRef(counted, e => e.owner ?? undefined).map(
      ([owner, group]) => ({ owner, count: group.length }),
    ),
    by_sli: [...bySli]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sli, count]) => ({ sli, count })),
  };
}
