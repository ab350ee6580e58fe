import { errorBudgetState } from './budgetStatus';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

describe('errorBudgetState', () => {
  it('computes the seeds’ example by hand', () => {
    // 99.9% over 30 days, 10,000,000 events of which 2,894 failed:
    // allowed 10,000 events and 43.2 min; 28.94% consumed → 12.50 min.
    // Last hour: 600 bad of 200,000 = 0.3% → burn rate 3; the remaining
    // 71.06% lasts 0.7106 × 30 / 3 = 7.106 days.
    const s = errorBudgetState({
      target: 0.999,
      windowDays: 30,
      window: { good: 10_000_000 - 2_894, total: 10_000_000 },
      recent: {
        '1h': { good: 199_400, total: 200_000 },
        '6h': { good: 1_199_700, total: 1_200_000 },
      },
      now: NOW,
    });
    expect(s.allowedEvents).toBeCloseTo(10_000, 6);
    expect(s.consumedEvents).toBe(2_894);
    expect(s.remainingEvents).toBeCloseTo(7_106, 6);
    expect(s.allowedMinutes).toBeCloseTo(43.2, 9);
    expect(s.consumedShare).toBeCloseTo(0.2894, 9);
    expect(s.consumedMinutes).toBeCloseTo(12.50208, 5);
    expect(s.remainingMinutes).toBeCloseTo(30.69792, 5);
    expect(s.burnRates['1h']).toBeCloseTo(3, 9);
    expect(s.burnRates['6h']).toBeCloseTo(0.25, 9); // 300 / 1.2M = 0.025%
    expect((s.exhaustsAt! - NOW) / DAY).toBeCloseTo(7.106, 9);
    expect(s.status).toBe('healthy');
  });

  it.each([
    [0.4999, 'healthy'],
    [0.5, 'warning'],
    [0.8, 'critical'],
    [1, 'exhausted'],
    [1.7, 'exhausted'],
  ])('consumed share %d is %s', (share, status) => {
    // 99% of 1,000,000 events allows 10,000 failures.
    const s = errorBudgetState({
      target: 0.99,
      windowDays: 28,
      window: { good: 1_000_000 - share * 10_000, total: 1_000_000 },
      now: NOW,
    });
    expect(s.consumedShare).toBeCloseTo(share, 9);
    expect(s.status).toBe(status);
  });

  it('projects from the named window and not at all without burning', () => {
    const window = { good: 999_500, total: 1_000_000 }; // 50% of 99.9%
    const recent = {
      '1h': { good: 1_000, total: 1_000 },
      '1d': { good: 23_952, total: 24_000 }, // 0.2% → burn rate 2
    };
    const quiet = errorBudgetState({
      target: 0.999,
      windowDays: 30,
      window,
      recent,
      now: NOW,
    });
    expect(quiet.exhaustsAt).toBeUndefined();
    const daily = errorBudgetState({
      target: 0.999,
      windowDays: 30,
      window,
      recent,
      projectFrom: '1d',
      now: NOW,
    });
    // 0.5 × 30 / 2 = 7.5 days
    expect((daily.exhaustsAt! - NOW) / DAY).toBeCloseTo(7.5, 9);
    expect(daily.status).toBe('warning');
  });

  it('says exhausted now once overspent, and is calm without traffic', () => {
    const over = errorBudgetState({
      target: 0.999,
      windowDays: 30,
      window: { good: 900, total: 1_000 },
      now: NOW,
    });
    expect(over.exhaustsAt).toBe(NOW);
    expect(over.remainingEvents).toBeCloseTo(-99, 9);
    const idle = errorBudgetState({
      target: 0.999,
      windowDays: 30,
      window: { good: 0, total: 0 },
      recent: { '1h': { good: 0, total: 0 } },
      now: NOW,
    });
    expect(idle).toMatchObject({
      consumedShare: 0,
      status: 'healthy',
      burnRates: { '1h': 0 },
    });
    expect(idle.exhaustsAt).toBeUndefined();
  });

  it('refuses impossible counts and thresholds', () => {
    const base = { target: 0.999, windowDays: 30, now: NOW };
    expect(() =>
      errorBudgetState({ ...base, window: { good: 2, total: 1 } }),
    ).toThrow('window: need 0 <= good <= total');
    expect(() =>
      errorBudgetState({
        ...base,
        window: { good: 1, total: 1 },
        thresholds: { warning: 0.9, critical: 0.8 },
      }),
    ).toThrow('need 0 < warning <= critical');
    expect(() =>
      errorBudgetState({
        ...base,
        window: { good: 1, total: 1 },
        recent: { '1h': { good: 1, total: 1 } },
        projectFrom: '6h',
      }),
    ).toThrow('projectFrom names no recent window: 6h');
  });
});
