import { TestDatabases } from '@backstage/backend-test-utils';
import { SliAggregate } from '../aggregation/SliAggregate';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { observedAvailability } from '../recommendations/dailyHistory';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { ObservedAvailabilityReader } from './ObservedAvailabilityReader';

jest.setTimeout(60_000);
const databases: TestDatabases = createTestDatabases();

const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const bucket = (
  ref: string,
  d: number,
  good: number,
  total: number,
  gap = false,
): SliAggregate => ({
  entityRef: ref,
  resolution: 'day',
  bucketStart: day(d),
  good,
  total,
  availability: good / total,
  gap,
});

describe('ObservedAvailabilityReader', () => {
  it.each(databases.eachSupportedId())(
    'sums good and total per service like observedAvailability (%p)',
    async id => {
      const { database } = await initDatabaseService(databases, id);
      const store = await SliAggregateStore.create({ database });
      const rows = [
        bucket('a', 1, 990, 1000),
        bucket('a', 2, 1996, 2000),
        bucket('a', 3, 0, 10, true), // a gap: left out
        bucket('b', 2, 500, 1000),
        bucket('b', 9, 0, 1000), // after the window
        bucket('c', 2, 0, 0), // no traffic
      ];
      await store.upsert(rows);
      const reader = await ObservedAvailabilityReader.create({ database });
      // Both query shapes: an IN list, and the scan of the whole window.
      for (const refs of [
        ['a', 'b', 'c', 'd'],
        [...Array.from({ length: 1000 }, (_, i) => `x${i}`), 'a', 'b', 'c'],
      ]) {
        const result = await reader.read(refs, day(1), day(5));
        // a: (990 + 1996) / 3000 = 0.995333…; b: 0.5; c and d: none.
        expect([...result.entries()].sort()).toEqual([
          ['a', observedAvailability(rows.slice(0, 3))],
          ['b', 0.5],
        ]);
        expect(result.get('a')).toBeCloseTo(2986 / 3000, 15);
      }
    },
  );
});
