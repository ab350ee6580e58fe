/**
 * `GET …/slos/alert-replay?lookback_days=N`: when the burn-rate alerts of an
 * entity's active SLO would have fired over the last N days, in both modes,
 * evaluated on the recorded history. Times are ISO 8601 (UTC).
 */

import type { AlertWindowPairBody } from './alertOverview';

/**
 * One alert from pending to resolved, like Prometheus: pending when the
 * condition first holds, firing once it has held for `for`, resolved at
 * the first evaluation where it no longer holds.
 * @public
 */
export interface AlertReplayEpisode {
  pending_at: string;
  firing_at: string;
  /** Null while still firing at the end of the replay. */
  resolved_at: string | null;
}

/** One window pair of one mode. @public */
export interface AlertReplayPair extends AlertWindowPairBody {
  /** Episodes firing at some time in the replay range, oldest first. */
  episodes: AlertReplayEpisode[];
  /** Minutes spent firing inside the replay range. */
  firing_minutes: number;
  /**
   * True when the step is longer than the short window, so a burst can fall
   * between two evaluations: see the response notes.
   */
  approximate: boolean;
}

/** All pairs of one burn-rate mode. @public */
export interface AlertReplayMode {
  burn_rate_type: 'static' | 'dynamic';
  /** Episodes of page-severity pairs that started firing in the range. */
  pages: number;
  /** Same for ticket-severity pairs. */
  tickets: number;
  pairs: AlertReplayPair[];
}

/** One SLO spec (one SLI of the active SLO). @public */
export interface AlertReplaySlo {
  /** The `slo` label of the generated series and alerts. */
  slo_name: string;
  entity_ref: string;
  objective: number;
  window_days: number;
  /** The mode the generated rules of this SLO use. */
  configured_burn_rate_type: 'static' | 'dynamic';
  min_traffic_events: number;
  /** False when the indicator's series have no sample in the range. */
  has_data: boolean;
  modes: { static: AlertReplayMode; dynamic: AlertReplayMode };
}

/** What the replay computes, for any set of SLO specs. @public */
export interface AlertReplayResult {
  /** Start and end of the replay range, on the step grid. */
  from: string;
  to: string;
  lookback_days: number;
  /** Evaluation step of every query, whole minutes. */
  step_seconds: number;
  /** Prometheus range queries run. */
  query_count: number;
  slos: AlertReplaySlo[];
  /** Approximations and caveats, e.g. pairs whose short window < step. */
  notes: string[];
}

/** Response of `GET …/slos/alert-replay`. @public */
export interface AlertReplayResponse extends AlertReplayResult {
  entity_ref: string;
  slo_id: string;
}
