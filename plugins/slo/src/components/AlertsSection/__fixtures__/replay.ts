import {
  AlertReplayEpisode,
  AlertReplayPair,
  AlertReplayResponse,
  AlertWindowPairBody,
} from '@slo-engine/plugin-slo-common';
import { pairBodies } from './alerts';

/*
 * Seven days up to 2026-03-21T12:00Z at a 1-minute step. On 17 March a
 * 45-minute outage of checkout pages with both static pairs (1h/5m from
 * 10:00 to 10:42, 6h/30m from 10:05 to 12:35) but only the dynamic 1h/5m
 * pair (10:01–10:30), because the outage hit the morning peak. A slow burn
 * since the evening of the 20th keeps the static 1d/2h ticket firing at the
 * end of the range.
 */

const episode = (
  pending: string,
  firing: string,
  resolved: string | null,
): AlertReplayEpisode => ({
  pending_at: `2026-03-${pending}:00.000Z`,
  firing_at: `2026-03-${firing}:00.000Z`,
  resolved_at: resolved === null ? null : `2026-03-${resolved}:00.000Z`,
});

function pairs(
  bodies: AlertWindowPairBody[],
  episodes: AlertReplayEpisode[][],
  minutes: number[],
): AlertReplayPair[] {
  return bodies.map((body, i) => ({
    ...body,
    episodes: episodes[i],
    firing_minutes: minutes[i],
    approximate: false,
  }));
}

export const alertReplay: AlertReplayResponse = {
  entity_ref: 'component:default/checkout',
  slo_id: '7f6b1c8e-0f51-4a38-9a53-2d4f0c1e9b10',
  from: '2026-03-14T12:00:00.000Z',
  to: '2026-03-21T12:00:00.000Z',
  lookback_days: 7,
  step_seconds: 60,
  query_count: 10,
  slos: [
    {
      slo_name: 'component-default-checkout-availability',
      entity_ref: 'component:default/checkout',
      objective: 0.999,
      window_days: 30,
      configured_burn_rate_type: 'dynamic',
      min_traffic_events: 100,
      has_data: true,
      modes: {
        static: {
          burn_rate_type: 'static',
          pages: 2,
          tickets: 1,
          pairs: pairs(
            pairBodies(30, 0.999, 'static'),
            [
              [episode('17T09:58', '17T10:00', '17T10:42')],
              [episode('17T09:50', '17T10:05', '17T12:35')],
              // Firing from 23:00 on the 20th to the end: 13 h = 780 min.
              [episode('20T22:00', '20T23:00', null)],
              [],
            ],
            [42, 150, 780, 0],
          ),
        },
        dynamic: {
          burn_rate_type: 'dynamic',
          pages: 1,
          tickets: 0,
          pairs: pairs(
            pairBodies(30, 0.999, 'dynamic'),
            [[episode('17T09:59', '17T10:01', '17T10:30')], [], [], []],
            [29, 0, 0, 0],
          ),
        },
      },
    },
  ],
  notes: [],
};

/** A new service: its series have no sample in the range. */
export const replayWithoutData: AlertReplayResponse = {
  ...alertReplay,
  lookback_days: 1,
  from: '2026-03-20T12:00:00.000Z',
  slos: alertReplay.slos.map(s => ({
    ...s,
    has_data: false,
    modes: {
      static: {
        ...s.modes.static,
        pages: 0,
        tickets: 0,
        pairs: s.modes.static.pairs.map(p => ({
          ...p,
          episodes: [],
          firing_minutes: 0,
        })),
      },
      dynamic: {
        ...s.modes.dynamic,
        pages: 0,
        tickets: 0,
        pairs: s.modes.dynamic.pairs.map(p => ({
          ...p,
          episodes: [],
          firing_minutes: 0,
        })),
      },
    },
  })),
  notes: [
    'component-default-checkout-availability: its indicator has no samples in the range, so nothing could fire; this says nothing about the SLO.',
  ],
};
