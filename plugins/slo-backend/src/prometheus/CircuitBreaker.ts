/** `closed`: calls go through; `open`: calls fail fast; `half-open`: one probe may go through. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** What readiness and logs report about a circuit breaker. */
export interface CircuitBreakerSnapshot {
  state: CircuitState;
  consecutiveFailures: number;
  /** When the breaker opened last (ms since epoch), while open or half-open. */
  openedAt?: number;
  /** When an open breaker lets the next probe through (ms since epoch). */
  retryAt?: number;
  /** Reason of the last failure, while not closed. */
  lastFailure?: string;
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long the breaker stays open before it lets one probe through. */
  resetAfterMs: number;
  /** Injected for tests; defaults to `Date.now`. */
  now?: () => number;
  /** Called on every state change, e.g. to log it. */
  onStateChange?: (snapshot: CircuitBreakerSnapshot) => void;
}

/** Outcome of {@link CircuitBreaker.tryAcquire}. */
export type CircuitPermit =
  | { allowed: true; probe: boolean }
  | { allowed: false; snapshot: CircuitBreakerSnapshot };

/**
 * A minimal consecutive-failure circuit breaker. Every permitted call must
 * report back with `onSuccess` or `onFailure`. While half-open, exactly one
 * probe is let through; its outcome closes or re-opens the breaker.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openedAt: number | undefined;
  private probeInFlight = false;
  private lastFailure: string | undefined;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    if (!(options.failureThreshold >= 1) || !(options.resetAfterMs >= 0)) {
      throw new RangeError(
        'circuit breaker needs failureThreshold >= 1 and resetAfterMs >= 0',
      );
    }
    this.now = options.now ?? Date.now;
  }

  snapshot(): CircuitBreakerSnapshot {
    const state = this.currentState();
    if (state === 'closed') {
      return { state, consecutiveFailures: this.consecutiveFailures };
    }
    return {
      state,
      consecutiveFailures: this.consecutiveFailures,
      openedAt: this.openedAt,
      retryAt: this.openedAt! + this.options.resetAfterMs,
      lastFailure: this.lastFailure,
    };
  }

  tryAcquire(): CircuitPermit {
    const state = this.currentState();
    if (state === 'closed') return { allowed: true, probe: false };
    if (state === 'half-open' && !this.probeInFlight) {
      this.probeInFlight = true;
      this.options.onStateChange?.(this.snapshot());
      return { allowed: true, probe: true };
    }
    return { allowed: false, snapshot: this.snapshot() };
  }

  onSuccess(): void {
    const wasClosed = this.openedAt === undefined;
    this.consecutiveFailures = 0;
    this.openedAt = undefined;
    this.probeInFlight = false;
    this.lastFailure = undefined;
    if (!wasClosed) this.options.onStateChange?.(this.snapshot());
  }

  onFailure(reason: string): void {
    this.consecutiveFailures += 1;
    this.lastFailure = reason;
    const probeFailed = this.probeInFlight;
    this.probeInFlight = false;
    if (
      probeFailed ||
      (this.openedAt === undefined &&
        this.consecutiveFailures >= this.options.failureThreshold)
    ) {
      this.openedAt = this.now();
      this.options.onStateChange?.(this.snapshot());
    }
  }

  private currentState(): CircuitState {
    if (this.openedAt === undefined) return 'closed';
    if (this.probeInFlight) return 'half-open';
    return this.now() - this.openedAt >= this.options.resetAfterMs
      ? 'half-open'
      : 'open';
  }
}
