import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { SliAggregate } from './SliAggregate';
import { SliAggregateStore } from './SliAggregateStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const ref = 'component:default/checkout';
const hour = (h: number) => new Date(Date.UTC(2026, 10, 1, h));

function bucket(h: number, extra: Partial<SliAggregate> = {}): SliAggregate {
  return {
    entityRef: ref,
    resolution: 'hour',
    bucketStart: hour(h),
    good: 3590,
    total: 3600,
    availability: 3590 / 3600,
    latencyMs: { p50: 40, p95: 180, p99: 420, p999: 900 },
    requestRate: 1,
    gap: false,
    ...extra,
  };
}

describe.each(databases.eachSupportedId())('SliAggregateStore (%s)', id => {
  it('stores buckets and gaps, overwrites on recomputation and prunes', async () => {
    const { database } = await initDatabaseService(databases, id);
    const store = await SliAggregateStore.create({ database });
    const gap: SliAggregate = {
      entityRef: ref,
      resolution: 'hour',
      bucketStart: hour(1),
      gap: true,
    };
    await store.upsert([bucket(0), gap, bucket(2)]);
    expect(await store.list(ref, 'hour', hour(0), hour(3))).toEqual([
      bucket(0),
      gap,
      bucket(2),
    ]);

    await store.upsert([bucket(2, { good: 3600, availability: 1 })]);
    const [, , recomputed] = await store.list(ref, 'hour', hour(0), hour(3));
    expect(recomputed).toMatchObject({ good: 3600, availability: 1 });

    expect(await store.prune({ hour: hour(2), day: new Date(0) })).toBe(2);
    expect(await store.list(ref, 'hour', hour(0), hour(3))).toHaveLength(1);
  });

  it('keeps the telemetry status of each entity', async () => {
    const { database } = await initDatabaseService(databases, id);
    const store = await SliAggregateStore.create({ database });
    await store.setStatus([
      { entityRef: ref, status: 'ok', lastDataAt: hour(5) },
      {
        entityRef: 'component:default/batch',
        status: 'no_data',
        message: 'no samples for service="batch"',
      },
    ]);
    await store.setStatus([
      { entityRef: ref, status: 'invalid_mapping', message: 'bad selector' },
    ]);
    expect(await store.getStatus(ref)).toEqual({
      entityRef: ref,
      status: 'invalid_mapping',
      message: 'bad selector',
      lastDataAt: undefined,
    });
    expect((await store.listStatuses()).map(s => s.status)).toEqual([
      'no_data',
      'invalid_mapping',
    ]);
  });
});
