import { slaFleetSummary, slaMonthCompliance } from './slaCompliance';

describe('slaMonthCompliance', () => {
  it.each([
    // closed months
    [
      'closed, above target',
      { good: 9_960, total: 10_000, elapsed: 1 },
      'met',
      0,
    ],
    // 99.4% against 99.5%: 0.1 pp short
    [
      'closed, below target',
      { good: 9_940, total: 10_000, elapsed: 1 },
      'failed',
      0.1,
    ],
    // open at half the month: 10,000 so far, 20,000 expected
    ['open, calm', { good: 9_990, total: 10_000, elapsed: 0.5 }, 'met', 0],
    // 45 of 50 allowed failures spent (90% ≥ 80%), still above target
    [
      'open, budget nearly spent',
      { good: 9_955, total: 10_000, elapsed: 0.5 },
      'at_risk',
      0,
    ],
    // 99.0% now, best case (9,900 + 10,000) / 20,000 = 99.5%: recoverable
    [
      'open, below but recoverable',
      { good: 9_900, total: 10_000, elapsed: 0.5 },
      'at_risk',
      0.5,
    ],
    // best case (9,800 + 10,000) / 20,000 = 99.0% < 99.5%: lost
    [
      'open, unrecoverable',
      { good: 9_800, total: 10_000, elapsed: 0.5 },
      'failed',
      1.5,
    ],
  ])('%s', (_, counts, status, deficit) => {
    const r = slaMonthCompliance({ target: 0.995, ...counts });
    expect(r.status).toBe(status);
    expect(r.deficit).toBeCloseTo(deficit, 9);
  });

  it('calls a month without traffic met and refuses bad input', () => {
    expect(
      slaMonthCompliance({ target: 0.995, good: 0, total: 0, elapsed: 1 }),
    ).toEqual({ status: 'met', deficit: 0, final: true });
    expect(() =>
      slaMonthCompliance({ target: 0.995, good: 2, total: 1, elapsed: 1 }),
    ).toThrow('need 0 <= good <= total');
    expect(() =>
      slaMonthCompliance({ target: 0.995, good: 1, total: 1, elapsed: 0 }),
    ).toThrow('elapsed must be in (0, 1]');
  });
});

describe('slaFleetSummary', () => {
  it('counts statuses and the compliant percentage', () => {
    const m = (status: 'met' | 'at_risk' | 'failed') => ({
      status,
      deficit: 0,
      final: false,
    });
    expect(
      slaFleetSummary([m('met'), m('met'), m('at_risk'), m('failed')]),
    ).toEqual({
      entities: 4,
      compliant: 2,
      atRisk: 1,
      failed: 1,
      compliancePercent: 50,
    });
    expect(slaFleetSummary([]).compliancePercent).toBe(100);
  });
});
