import { StoredSlo } from '../lifecycle/types';
import { activeAvailabilityTargets } from './activeAvailabilityTargets';

const slo = (entityRef: string, availability?: number) =>
  ({ entityRef, targets: availability ? { availability } : {} } as StoredSlo);

describe('activeAvailabilityTargets', () => {
  it('returns the asked-for targets as ratios', async () => {
    const read = activeAvailabilityTargets({
      listActive: async () => [
        slo('component:default/a', 99.9),
        slo('component:default/b', 99.5),
        slo('component:default/latency-only'),
      ],
    });
    const targets = await read([
      'component:default/a',
      'component:default/latency-only',
      'component:default/none',
    ]);
    expect([...targets]).toEqual([['component:default/a', 0.999]]);
  });
});
