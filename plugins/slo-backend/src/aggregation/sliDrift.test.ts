import { SliAggregate } from './SliAggregate';
import { movedEntities, summariseByEntity } from './sliDrift';

const day = (
  entityRef: string,
  good: number,
  total: number,
  p99?: number,
): SliAggregate => ({
  entityRef,
  resolution: 'day',
  bucketStart: new Date(0),
  good,
  total,
  latencyMs: p99 === undefined ? undefined : { p99 },
  gap: false,
});

describe('summariseByEntity', () => {
  it('sums events and weights p99 by traffic, skipping gaps', () => {
    const summary = summariseByEntity([
      day('a', 990, 1000, 100),
      day('a', 2985, 3000, 200),
      {
        entityRef: 'a',
        resolution: 'day',
        bucketStart: new Date(0),
        gap: true,
      },
    ]);
    // (10 + 15) / 4000 errors; p99 (100×1000 + 200×3000) / 4000
    expect(summary.get('a')!.errorRatio).toBeCloseTo(25 / 4000, 15);
    expect(summary.get('a')!.p99Ms).toBe(175);
  });
});

describe('movedEntities', () => {
  const before = new Map([
    ['steady', { errorRatio: 0.001, p99Ms: 200 }],
    ['errors', { errorRatio: 0.001, p99Ms: 200 }],
    ['slow', { errorRatio: 0.001, p99Ms: 200 }],
    ['gone', { errorRatio: 0.001 }],
  ]);
  const after = new Map([
    ['steady', { errorRatio: 0.00104, p99Ms: 209 }], // 4% and 4.5%: not moved
    ['errors', { errorRatio: 0.00106, p99Ms: 200 }], // 6%
    ['slow', { errorRatio: 0.001, p99Ms: 240 }], // 20%
    ['new', { errorRatio: 0.002 }],
  ]);

  it('reports moves above 5% and why', () => {
    const moved = movedEntities(before, after, 0.05);
    expect([...moved.keys()].sort()).toEqual(['errors', 'gone', 'new', 'slow']);
    expect(moved.get('errors')).toMatch(/^error ratio moved 6\.0%/);
    expect(moved.get('slow')).toBe('p99 latency moved 20.0% (200 ms → 240 ms)');
    expect(moved.get('gone')).toBe('telemetry disappeared');
  });
});
