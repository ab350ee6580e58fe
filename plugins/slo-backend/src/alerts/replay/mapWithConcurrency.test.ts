import { mapWithConcurrency } from './mapWithConcurrency';

const tick = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('mapWithConcurrency', () => {
  it('keeps at most `limit` calls in flight and the results in order', async () => {
    let inFlight = 0;
    let max = 0;
    const out = await mapWithConcurrency(
      [5, 1, 4, 2, 3, 1, 2],
      3,
      async (ms, i) => {
        inFlight++;
        max = Math.max(max, inFlight);
        await tick(ms);
        inFlight--;
        return `${i}:${ms}`;
      },
    );
    expect(max).toBe(3);
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:1', '6:2']);
  });

  it('starts nothing after the first failure and rejects with it', async () => {
    const started: number[] = [];
    await expect(
      mapWithConcurrency([0, 1, 2, 3, 4, 5, 6, 7], 2, async i => {
        started.push(i);
        await tick(1);
        if (i === 1) throw new Error('boom');
        return i;
      }),
    ).rejects.toThrow('boom');
    await tick(20);
    // 0 and 1 run together; 1 fails; 0's worker may already have taken 2.
    expect(started.length).toBeLessThanOrEqual(3);
  });

  it('handles no items and rejects a bad limit', async () => {
    await expect(mapWithConcurrency([], 4, async () => 1)).resolves.toEqual([]);
    await expect(mapWithConcurrency([1], 0, async () => 1)).rejects.toThrow(
      RangeError,
    );
  });
});
