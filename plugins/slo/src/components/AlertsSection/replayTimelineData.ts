import {
  AlertReplayEpisode,
  AlertReplaySlo,
} from '@slo-engine/plugin-slo-common';

/** An episode as fractions (0..1) of the replay range. */
export interface TimelineBar {
  /** Pending from `start`, firing from `firing` to `end`. */
  start: number;
  firing: number;
  end: number;
  /** Still firing at the end of the range. */
  open: boolean;
  episode: AlertReplayEpisode;
}

/** One row of the timeline: one window pair of one mode. */
export interface TimelineRow {
  key: string;
  mode: 'static' | 'dynamic';
  label: string;
  severity: 'page' | 'ticket';
  bars: TimelineBar[];
  firingMinutes: number;
  approximate: boolean;
}

/**
 * Rows of both modes, static first (the order the overview table uses),
 * with every time as a fraction of `[from, to]`; an episode pending before
 * the range starts at 0.
 */
export function replayTimelineRows(
  slo: AlertReplaySlo,
  from: string,
  to: string,
): TimelineRow[] {
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  const at = (iso: string) =>
    Math.min(1, Math.max(0, (Date.parse(iso) - start) / span));
  return (['static', 'dynamic'] as const).flatMap(mode =>
    slo.modes[mode].pairs.map(pair => ({
      key: `${mode}-${pair.long_window}/${pair.short_window}`,
      mode,
      label: `${mode} ${pair.long_window}/${pair.short_window} ${pair.severity}`,
      severity: pair.severity,
      firingMinutes: pair.firing_minutes,
      approximate: pair.approximate,
      bars: pair.episodes.map(e => ({
        start: at(e.pending_at),
        firing: at(e.firing_at),
        end: e.resolved_at === null ? 1 : at(e.resolved_at),
        open: e.resolved_at === null,
        episode: e,
      })),
    })),
  );
}
