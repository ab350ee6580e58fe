import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { RecommendationStore } from './RecommendationStore';
import { SloRecommendationResponse } from './types';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const key = {
  entityRef: 'component:default/checkout',
  sliType: 'all' as const,
  lookbackDays: 30,
};
const at = (h: number) => new Date(Date.UTC(2026, 2, 1, h));

function rec(id: string, h: number) {
  return {
    id,
    ...key,
    body: { recommendation_id: id } as SloRecommendationResponse,
    graphSnapshotId: 'snap-1',
    generatedAt: at(h),
    expiresAt: at(h + 24),
  };
}

const ids = {
  a: '00000000-0000-4000-8000-00000000000a',
  b: '00000000-0000-4000-8000-00000000000b',
  c: '00000000-0000-4000-8000-00000000000c',
};

describe.each(databases.eachSupportedId())('RecommendationStore (%s)', id => {
  async function setup() {
    const { database } = await initDatabaseService(databases, id);
    return RecommendationStore.create({ database });
  }

  it('saves, supersedes the previous one and keeps history', async () => {
    const store = await setup();
    expect(await store.latest(key)).toBeUndefined();
    await store.save(rec(ids.a, 0));
    expect(await store.latest(key)).toMatchObject({
      id: ids.a,
      status: 'active',
      body: { recommendation_id: ids.a },
      graphSnapshotId: 'snap-1',
      generatedAt: at(0),
      expiresAt: at(24),
    });
    await store.save(rec(ids.b, 1));
    expect((await store.latest(key))?.id).toBe(ids.b);
    expect(await store.get(ids.a)).toMatchObject({ status: 'superseded' });
    expect(await store.latest({ ...key, lookbackDays: 90 })).toBeUndefined();
  });

  it('marks active ones stale; stale ones remain a fallback until superseded', async () => {
    const store = await setup();
    await store.save(rec(ids.a, 0));
    expect(await store.markStale(key.entityRef, 'drift detected')).toBe(1);
    expect(await store.markStale(key.entityRef, 'again')).toBe(0);
    expect(await store.latest(key)).toBeUndefined();
    expect(await store.latest(key, { includeStale: true })).toMatchObject({
      id: ids.a,
      status: 'stale',
      staleReason: 'drift detected',
    });
    await store.save(rec(ids.c, 2));
    expect(await store.get(ids.a)).toMatchObject({ status: 'superseded' });
    expect((await store.latest(key, { includeStale: true }))?.id).toBe(ids.c);
  });
});
