import {
  CachedRecommendation,
  RecommendationCache,
} from './RecommendationCache';
import { SloRecommendationResponse } from './types';

const key = (entityRef: string, lookbackDays = 30) => ({
  entityRef,
  sliType: 'all' as const,
  lookbackDays,
});

const entry = (id: string): CachedRecommendation => ({
  id,
  body: { recommendation_id: id } as SloRecommendationResponse,
  expiresAt: 0,
});

describe('RecommendationCache', () => {
  it('keeps one entry per entity, SLI type and lookback', () => {
    const cache = new RecommendationCache();
    cache.set(key('component:default/a'), entry('a30'));
    cache.set(key('component:default/a', 90), entry('a90'));
    cache.set(
      { ...key('component:default/a'), sliType: 'latency' },
      entry('l'),
    );
    expect(cache.get(key('component:default/a'))?.id).toBe('a30');
    expect(cache.get(key('component:default/a', 90))?.id).toBe('a90');
    expect(cache.size).toBe(3);
    cache.set(key('component:default/a'), entry('a30-2'));
    expect(cache.get(key('component:default/a'))?.id).toBe('a30-2');
    expect(cache.size).toBe(3);
  });

  it('drops every entry of an entity, and only those', () => {
    const cache = new RecommendationCache();
    cache.set(key('component:default/a'), entry('a30'));
    cache.set(key('component:default/a', 90), entry('a90'));
    cache.set(key('component:default/ab'), entry('ab'));
    expect(cache.deleteEntity('component:default/a')).toBe(2);
    expect(cache.get(key('component:default/a'))).toBeUndefined();
    expect(cache.get(key('component:default/ab'))?.id).toBe('ab');
    expect(cache.deleteEntity('component:default/a')).toBe(0);
    cache.delete(key('component:default/ab'));
    expect(cache.size).toBe(0);
  });

  it('drops the entries whose id was checked and is no longer active', () => {
    const cache = new RecommendationCache();
    cache.set(key('component:default/a'), entry('a'));
    cache.set(key('component:default/b'), entry('b'));
    cache.set(key('component:default/c'), entry('c'));
    expect(cache.ids()).toEqual(new Set(['a', 'b', 'c']));
    // c was added after the check started: it stays.
    expect(cache.dropInactive(new Set(['a', 'b']), new Set(['a']))).toBe(1);
    expect(cache.ids()).toEqual(new Set(['a', 'c']));
    expect(cache.deleteEntity('component:default/b')).toBe(0);
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new RecommendationCache({ maxEntries: 2 });
    cache.set(key('component:default/a'), entry('a'));
    cache.set(key('component:default/b'), entry('b'));
    cache.get(key('component:default/a'));
    cache.set(key('component:default/c'), entry('c'));
    expect(cache.size).toBe(2);
    expect(cache.get(key('component:default/b'))).toBeUndefined();
    expect(cache.get(key('component:default/a'))?.id).toBe('a');
    expect(cache.get(key('component:default/c'))?.id).toBe('c');
    // The evicted entity's index is cleaned up too.
    expect(cache.deleteEntity('component:default/b')).toBe(0);
  });
});
