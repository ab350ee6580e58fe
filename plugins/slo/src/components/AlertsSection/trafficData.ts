import {
  AlertSliOverview,
  ErrorBudgetSliBody,
  parsePromDuration,
} from '@slo-engine/plugin-slo-common';

/** Traffic of one long window and the dynamic threshold it gives. */
export interface TrafficRow {
  window: string;
  /** Events in the window now; null when Prometheus had no samples. */
  events: number | null;
  /** Events in the window at the SLO window's average rate. */
  averageEvents: number;
  /** Error-ratio threshold of the dynamic pair now (at the average without `events`). */
  threshold: number;
  /** The threshold at the average rate, which equals the static one. */
  averageThreshold: number;
  /** True when the traffic guard keeps the pair silent at that traffic. */
  belowGuard: boolean;
}

/** Events in each long window now, from the error budget's burn rates. */
export function liveEventsByWindow(
  budget: Pick<ErrorBudgetSliBody, 'burn_rates'> | undefined,
): Record<string, number | null> {
  const live: Record<string, number | null> = {};
  for (const rate of Object.values(budget?.burn_rates ?? {})) {
    live[rate.long_window] = rate.long_events ?? null;
  }
  return live;
}

/**
 * The traffic that drives the dynamic thresholds: a dynamic pair fires on
 * an error ratio above `base × N_SLO / N_long`, so fewer events in the long
 * window raise its threshold and more lower it. At the SLO window's
 * average rate each long window holds `N_SLO × long / window` events, where
 * the dynamic threshold equals the static one; `live` gives the events
 * each long window holds now.
 */
export function trafficRows(
  sli: AlertSliOverview,
  totalEvents: number,
  live: Record<string, number | null> = {},
): TrafficRow[] {
  const windowSeconds = sli.window_days * 86400;
  const thresholdAt = (base: number, events: number) =>
    events > 0 ? (base * totalEvents) / events : Infinity;
  return sli.pairs.dynamic.map(p => {
    const longSeconds = parsePromDuration(p.long_window);
    const averageEvents = (totalEvents * longSeconds) / windowSeconds;
    const events = live[p.long_window] ?? null;
    const averageThreshold = thresholdAt(p.threshold, averageEvents);
    return {
      window: p.long_window,
      events,
      averageEvents,
      threshold:
        events === null ? averageThreshold : thresholdAt(p.threshold, events),
      averageThreshold,
      belowGuard: (events ?? averageEvents) < sli.min_traffic_events,
    };
  });
}
