import { CircuitBreaker, CircuitBreakerSnapshot } from './CircuitBreaker';

function setup(threshold = 3, resetAfterMs = 30_000) {
  let now = 1_000;
  const changes: CircuitBreakerSnapshot[] = [];
  const breaker = new CircuitBreaker({
    failureThreshold: threshold,
    resetAfterMs,
    now: () => now,
    onStateChange: s => changes.push(s),
  });
  return { breaker, changes, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures and fails fast', () => {
    const { breaker, changes } = setup(3);
    for (let i = 0; i < 2; i++) {
      expect(breaker.tryAcquire()).toEqual({ allowed: true, probe: false });
      breaker.onFailure('boom');
    }
    expect(breaker.snapshot()).toEqual({
      state: 'closed',
      consecutiveFailures: 2,
    });
    breaker.onFailure('boom');
    expect(breaker.snapshot()).toMatchObject({
      state: 'open',
      consecutiveFailures: 3,
      openedAt: 1_000,
      retryAt: 31_000,
      lastFailure: 'boom',
    });
    expect(breaker.tryAcquire()).toMatchObject({ allowed: false });
    expect(changes.map(c => c.state)).toEqual(['open']);
  });

  it('a success resets the count', () => {
    const { breaker } = setup(3);
    breaker.onFailure('a');
    breaker.onFailure('b');
    breaker.onSuccess();
    breaker.onFailure('c');
    expect(breaker.snapshot()).toEqual({
      state: 'closed',
      consecutiveFailures: 1,
    });
  });

  it('half-opens after resetAfter, lets exactly one probe through, closes on success', () => {
    const { breaker, advance, changes } = setup(1, 30_000);
    breaker.onFailure('down');
    advance(29_999);
    expect(breaker.snapshot().state).toBe('open');
    advance(1);
    expect(breaker.snapshot().state).toBe('half-open');
    expect(breaker.tryAcquire()).toEqual({ allowed: true, probe: true });
    expect(breaker.tryAcquire()).toMatchObject({
      allowed: false,
      snapshot: { state: 'half-open' },
    });
    breaker.onSuccess();
    expect(breaker.snapshot()).toEqual({
      state: 'closed',
      consecutiveFailures: 0,
    });
    expect(changes.map(c => c.state)).toEqual(['open', 'half-open', 'closed']);
  });

  it('re-opens for another resetAfter when the probe fails', () => {
    const { breaker, advance } = setup(2, 10_000);
    breaker.onFailure('x');
    breaker.onFailure('x');
    advance(10_000);
    expect(breaker.tryAcquire()).toMatchObject({ probe: true });
    breaker.onFailure('still down');
    expect(breaker.snapshot()).toMatchObject({
      state: 'open',
      consecutiveFailures: 3,
      retryAt: 1_000 + 20_000,
      lastFailure: 'still down',
    });
    expect(breaker.tryAcquire().allowed).toBe(false);
  });

  it('refuses nonsensical options', () => {
    expect(
      () => new CircuitBreaker({ failureThreshold: 0, resetAfterMs: 1 }),
    ).toThrow(RangeError);
  });
});
