/** The outcome of one call against a caller's bucket. */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  /** Whole calls the caller may still make now. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until the next call is allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per caller: `limit` calls per `windowMs`, refilled
 * continuously, so a caller may spend the whole limit in a burst and then
 * one call every `windowMs / limit`. Buckets live in this process and
 * are kept for at most `maxKeys` callers.
 */
export class TokenBucket {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    options: { now?: () => number; maxKeys?: number } = {},
  ) {
    if (!(Number.isInteger(limit) && limit >= 1)) {
      throw new RangeError(`limit must be an integer >= 1, got ${limit}`);
    }
    if (!(windowMs > 0)) {
      throw new RangeError(`windowMs must be > 0, got ${windowMs}`);
    }
    this.perMs = limit / windowMs;
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  take(key: string): RateLimitDecision {
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(key), now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.dropFull(now);
    return {
      allowed,
      limit: this.limit,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil((this.limit - bucket.tokens) / this.perMs / 1000),
      retryAfterSeconds: allowed
        ? 0
        : Math.ceil((1 - bucket.tokens) / this.perMs / 1000),
    };
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.limit, at: now };
    const elapsed = Math.max(0, now - bucket.at);
    return {
      tokens: Math.min(this.limit, bucket.tokens + elapsed * this.perMs),
      at: now,
    };
  }

  /**
   * Forgets callers whose bucket has refilled (they start full anyway),
   * then, if still too many, the least recently seen ones.
   */
  private dropFull(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.limit) {
        this.buckets.delete(key);
      }
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }

  /** Callers currently remembered. */
  get size(): number {
    return this.buckets.size;
  }
}
