import { RecommendationKey } from './RecommendationStore';
import { SloRecommendationResponse } from './types';

/** One recommendation held in memory. */
export interface CachedRecommendation {
  id: string;
  body: SloRecommendationResponse;
  graphSnapshotId?: string;
  expiresAt: number;
  /** `body` serialised as UTF-8 JSON, once it was served over HTTP. */
  json?: Buffer;
}

export interface RecommendationCacheOptions {
  /** Least recently used entries go beyond this. Default 5,000. */
  maxEntries?: number;
}

export const DEFAULT_CACHE_ENTRIES = 5_000;

const keyOf = (k: RecommendationKey) =>
  `${k.entityRef}\u0000${k.sliType}\u0000${k.lookbackDays}`;

/**
 * In-process LRU of active recommendations by (entity, SLI type, lookback).
 * It only holds what the database said; whether an entry may be served
 * (expiry, graph snapshot, revalidation) is the service's decision.
 */
export class RecommendationCache {
  private readonly entries = new Map<string, CachedRecommendation>();
  private readonly keysByEntity = new Map<string, Set<string>>();
  private readonly maxEntries: number;

  constructor(options: RecommendationCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_CACHE_ENTRIES;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: RecommendationKey): CachedRecommendation | undefined {
    const k = keyOf(key);
    const entry = this.entries.get(k);
    if (entry) {
      // Re-insert: Map iteration order is the LRU order.
      this.entries.delete(k);
      this.entries.set(k, entry);
    }
    return entry;
  }

  set(key: RecommendationKey, entry: CachedRecommendation): void {
    const k = keyOf(key);
    this.entries.delete(k);
    this.entries.set(k, entry);
    let keys = this.keysByEntity.get(key.entityRef);
    if (!keys) {
      keys = new Set();
      this.keysByEntity.set(key.entityRef, keys);
    }
    keys.add(k);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.remove(oldest);
    }
  }

  delete(key: RecommendationKey): void {
    this.remove(keyOf(key));
  }

  /** Drops every entry of the entity; returns how many. */
  deleteEntity(entityRef: string): number {
    const keys = this.keysByEntity.get(entityRef);
    if (!keys) return 0;
    const n = keys.size;
    for (const k of [...keys]) this.remove(k);
    return n;
  }

  /** The ids of every entry, for a revalidation. */
  ids(): Set<string> {
    return new Set([...this.entries.values()].map(e => e.id));
  }

  /**
   * Drops the entries whose id was `checked` and found not `active` (marked
   * stale or superseded meanwhile); returns how many.
   */
  dropInactive(checked: Set<string>, active: Set<string>): number {
    let dropped = 0;
    for (const [k, e] of [...this.entries]) {
      if (checked.has(e.id) && !active.has(e.id)) {
        this.remove(k);
        dropped++;
      }
    }
    return dropped;
  }

  clear(): void {
    this.entries.clear();
    this.keysByEntity.clear();
  }

  private remove(k: string): void {
    if (!this.entries.delete(k)) return;
    const entityRef = k.slice(0, k.indexOf('\u0000'));
    const keys = this.keysByEntity.get(entityRef);
    keys?.delete(k);
    if (keys?.size === 0) this.keysByEntity.delete(entityRef);
  }
}
