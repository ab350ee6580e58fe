import { TokenBucket } from './TokenBucket';

describe('TokenBucket', () => {
  // 10 calls per minute: one token every 6 s.
  function bucket(maxKeys?: number) {
    const clock = { now: 0 };
    return {
      clock,
      b: new TokenBucket(10, 60_000, { now: () => clock.now, maxKeys }),
    };
  }

  it('allows a burst of the whole limit, then one call per 6 s', () => {
    const { clock, b } = bucket();
    const burst = Array.from({ length: 10 }, () => b.take('alice'));
    expect(burst.every(d => d.allowed)).toBe(true);
    expect(burst.map(d => d.remaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    // Empty: full again in 60 s, the next call in 6 s.
    expect(b.take('alice')).toEqual({
      allowed: false,
      limit: 10,
      remaining: 0,
      resetSeconds: 60,
      retryAfterSeconds: 6,
    });
    clock.now = 4_500; // 0.75 tokens: 1.5 s to go, rounded up
    expect(b.take('alice')).toMatchObject({
      allowed: false,
      retryAfterSeconds: 2,
    });
    clock.now = 6_000;
    expect(b.take('alice')).toMatchObject({ allowed: true, remaining: 0 });
    // 30 s later: 5 tokens back (never more than 10).
    clock.now = 36_000;
    expect(b.take('alice')).toMatchObject({ allowed: true, remaining: 4 });
    clock.now = 600_000;
    expect(b.take('alice')).toMatchObject({ allowed: true, remaining: 9 });
  });

  it('keeps a bucket per caller', () => {
    const { b } = bucket();
    for (let i = 0; i < 10; i++) b.take('alice');
    expect(b.take('alice').allowed).toBe(false);
    expect(b.take('bob')).toMatchObject({ allowed: true, remaining: 9 });
  });

  it('remembers at most maxKeys callers, forgetting full buckets first', () => {
    const { clock, b } = bucket(3);
    b.take('a');
    b.take('b');
    clock.now = 60_000; // a and b are full again
    for (let i = 0; i < 10; i++) b.take('busy');
    b.take('c'); // 4 callers: a and b go; busy and c stay
    expect(b.size).toBe(2);
    expect(b.take('busy').allowed).toBe(false);
    expect(b.take('c').remaining).toBe(8);
  });

  it('drops the least recently seen callers when none is full', () => {
    const { b } = bucket(2);
    b.take('a');
    b.take('b');
    b.take('c');
    expect(b.size).toBe(2);
    // 'a' was forgotten: it starts full; 'c' was kept.
    expect(b.take('c').remaining).toBe(8);
  });

  it.each([
    [0, 60_000],
    [1.5, 60_000],
    [10, 0],
  ])('refuses limit %p per %p ms', (limit, windowMs) => {
    expect(() => new TokenBucket(limit, windowMs)).toThrow(RangeError);
  });
});
