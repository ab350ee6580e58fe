import { SloStore } from '../lifecycle/SloStore';

/**
 * Active availability targets as ratios for impact analysis. Reads every
 * active SLO once (one row per entity) and filters in memory: cheaper than
 * an IN list of thousands of upstream refs.
 */
export function activeAvailabilityTargets(
  slos: Pick<SloStore, 'listActive'>,
): (refs: string[]) => Promise<Map<string, number>> {
  return async refs => {
    const wanted = new Set(refs);
    const out = new Map<string, number>();
    for (const slo of await slos.listActive()) {
      const percent = slo.targets.availability;
      if (wanted.has(slo.entityRef) && percent !== undefined) {
        // 99.9 / 100 is 0.9990000000000001 in binary; a composite of
        // exactly 0.999 must not count as below it.
        out.set(slo.entityRef, Number((percent / 100).toPrecision(12)));
      }
    }
    return out;
  };
}
