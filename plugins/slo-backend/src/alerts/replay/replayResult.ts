import {
  type AlertReplayMode,
  type AlertReplayPair,
  type AlertReplaySlo,
  type BurnRateType,
  type BurnRateWindowPair,
  type SloAlertSpec,
  parsePromDuration,
} from '@slo-engine/plugin-slo-common';
import { pairBody } from '../alertOverview';
import { clipEpisodes, Episode } from './episodes';
import { ReplayRange } from './replayRange';

/** What the queries of one spec returned, before formatting. */
export interface SpecOutcome {
  spec: SloAlertSpec;
  hasData: boolean;
  /** Whether the history reaches one SLO window before the range. */
  historyCoversWindow: boolean;
  modes: Array<{
    mode: BurnRateType;
    pairs: Array<{
      pair: BurnRateWindowPair;
      episodes: Episode[];
      /** First evaluation of the pair's query (before `from`: warm-up). */
      queryStart: number;
    }>;
  }>;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

function modeResult(
  mode: SpecOutcome['modes'][number],
  range: ReplayRange,
): AlertReplayMode {
  let pages = 0;
  let tickets = 0;
  const pairs = mode.pairs.map(
    ({ pair, episodes, queryStart }): AlertReplayPair => {
      const clipped = clipEpisodes(episodes, range.from, range.to);
      // A condition holding since the first evaluation of the warm-up may
      // have fired, and notified, before the range.
      const started = clipped.episodes.filter(
        e => e.firingAt >= range.from && e.pendingAt > queryStart,
      );
      if (pair.severity === 'page') pages += started.length;
      else tickets += started.length;
      return {
        ...pairBody(pair),
        episodes: clipped.episodes.map(e => ({
          pending_at: iso(e.pendingAt),
          firing_at: iso(e.firingAt),
          resolved_at: e.resolvedAt === null ? null : iso(e.resolvedAt),
        })),
        firing_minutes: clipped.firingMinutes,
        approximate: pair.shortSeconds < range.stepSeconds,
      };
    },
  );
  return { burn_rate_type: mode.mode, pages, tickets, pairs };
}

export function sloResult(o: SpecOutcome, range: ReplayRange): AlertReplaySlo {
  const byMode = (m: BurnRateType) =>
    modeResult(o.modes.find(x => x.mode === m)!, range);
  return {
    slo_name: o.spec.sloName,
    entity_ref: o.spec.entityRef,
    objective: o.spec.objective,
    window_days: o.spec.windowDays,
    configured_burn_rate_type: o.spec.burnRateType ?? 'static',
    min_traffic_events: o.spec.minTrafficEvents ?? 0,
    has_data: o.hasData,
    modes: { static: byMode('static'), dynamic: byMode('dynamic') },
  };
}

/** What the owner must know to read the replay right. */
export function replayNotes(
  outcomes: SpecOutcome[],
  range: ReplayRange,
): string[] {
  const step = range.stepSeconds;
  const minutes = step / 60;
  const notes: string[] = [];
  if (step > 60) {
    notes.push(
      `Evaluated every ${minutes} minutes instead of every minute like the rules, to keep each query within ` +
        `11,000 points: times are on that grid and a condition holding for less than ${minutes} minutes can be missed.`,
    );
  }
  const pairs = outcomes.flatMap(o => o.modes[0]?.pairs ?? []);
  const uneven = [
    ...new Set(
      pairs.map(p => p.pair.for).filter(f => parsePromDuration(f) % step !== 0),
    ),
  ];
  if (uneven.length > 0) {
    const verb =
      uneven.length === 1 ? 'is not a multiple' : 'are not multiples';
    notes.push(
      `for: ${uneven.join(', ')} ${verb} of the ${minutes}-minute step: ` +
        'those pairs fire at the first evaluation at least that long after pending, up to one step later than Prometheus would.',
    );
  }
  for (const o of outcomes) {
    const slo = o.spec.sloName;
    if (!o.hasData) {
      notes.push(
        `${slo}: its indicator has no samples in the range, so nothing could fire; this says nothing about the SLO.`,
      );
      continue;
    }
    for (const { pair } of o.modes[0]?.pairs ?? []) {
      if (pair.shortSeconds < step) {
        notes.push(
          `${slo}: the ${pair.short} short window of the ${pair.long}/${pair.short} pair is shorter than the step, ` +
            'so bursts between two evaluations are not seen: approximate.',
        );
      }
    }
    if (!o.historyCoversWindow) {
      notes.push(
        `${slo}: the history does not reach ${o.spec.windowDays} days before the range, so dynamic thresholds ` +
          'count fewer events in the SLO window than in production and are lower (alert sooner) early in the range.',
      );
    }
    for (const m of o.modes) {
      for (const p of m.pairs) {
        if (p.episodes[0]?.pendingAt === p.queryStart) {
          notes.push(
            `${slo}, ${m.mode} ${p.pair.long}/${p.pair.short}: the condition already held before the range ` +
              '(from the first evaluation of the warm-up); the first episode may have started earlier.',
          );
        }
      }
    }
  }
  return notes;
}
