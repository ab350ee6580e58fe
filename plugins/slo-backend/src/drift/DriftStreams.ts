import {
  DriftSli,
  SliDriftConfirmation,
  SliDriftMonitor,
  SliDriftPoint,
} from '@slo-engine/plugin-slo-common';
import type { DriftConfig } from '../config/readDriftConfig';
import type { TelemetryMapping } from '../telemetry/metricMapping';
import type { StoredDriftState } from './types';

interface Stream {
  monitor: SliDriftMonitor;
  /** Unix seconds: end of the last point read. */
  fedUntil: number;
}

/** FNV-1a: a fixed KSWIN seed per stream keeps runs reproducible. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const keyOf = (entityRef: string, sli: DriftSli) => `${sli} ${entityRef}`;

/** The drift monitors of one run, restored from and returned to the store. */
export class DriftStreams {
  private readonly streams = new Map<string, Stream>();
  /** Stored states that could not be restored (another version, corrupt). */
  readonly discarded: string[] = [];

  constructor(
    private readonly config: Pick<
      DriftConfig,
      'stepSeconds' | 'baselinePoints'
    >,
    stored: StoredDriftState[],
  ) {
    for (const s of stored) {
      try {
        this.streams.set(keyOf(s.entityRef, s.sli), {
          monitor: SliDriftMonitor.restore(s.monitor),
          fedUntil: s.fedUntil.getTime() / 1000,
        });
      } catch (e) {
        this.discarded.push(`${s.entityRef} ${s.sli}: ${(e as Error).message}`);
      }
    }
  }

  /**
   * Entities grouped by where their next read starts (unix seconds, on the
   * step grid), so entities read together share range queries. New
   * entities, and those not read for longer, start at `earliest`.
   */
  groupByStart(
    mappings: TelemetryMapping[],
    earliest: number,
  ): Map<number, TelemetryMapping[]> {
    const step = this.config.stepSeconds;
    const groups = new Map<number, TelemetryMapping[]>();
    for (const m of mappings) {
      const fed = (['availability', 'latency_p99'] as DriftSli[]).map(
        sli => this.streams.get(keyOf(m.entityRef, sli))?.fedUntil ?? -Infinity,
      );
      const start =
        Math.floor(Math.max(Math.min(...fed), earliest) / step) * step;
      groups.set(start, [...(groups.get(start) ?? []), m]);
    }
    return groups;
  }

  /** Feeds the points after the stream's read position; it then stands at `to`. */
  feed(
    entityRef: string,
    sli: DriftSli,
    points: SliDriftPoint[],
    to: number,
  ): SliDriftConfirmation[] {
    const key = keyOf(entityRef, sli);
    let stream = this.streams.get(key);
    if (!stream) {
      stream = {
        monitor: SliDriftMonitor.create({
          sli,
          baselinePoints: this.config.baselinePoints,
          kswin: { seed: seedOf(key) },
        }),
        fedUntil: -Infinity,
      };
      this.streams.set(key, stream);
    }
    const after = stream.fedUntil * 1000;
    const found = points
      .filter(p => p.t > after && p.t <= to * 1000)
      .flatMap(p => stream!.monitor.update(p));
    stream.fedUntil = Math.max(stream.fedUntil, to);
    return found;
  }

  states(): StoredDriftState[] {
    return [...this.streams.entries()]
      .filter(([, s]) => Number.isFinite(s.fedUntil))
      .map(([key, s]) => {
        const [sli, entityRef] = key.split(' ') as [DriftSli, string];
        return {
          entityRef,
          sli,
          fedUntil: new Date(s.fedUntil * 1000),
          monitor: s.monitor.state(),
        };
      });
  }
}
