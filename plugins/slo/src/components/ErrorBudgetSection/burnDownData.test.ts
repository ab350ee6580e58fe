import { ErrorBudgetBurnDownSli } from '@slo-engine/plugin-slo-common';
import { burnDown } from '../../__fixtures__/errorBudget';
import {
  burnDownRows,
  burnDownSentence,
  burnDownSummary,
  dailyBurnDownRows,
} from './burnDownData';

const [availability, latency] = burnDown.slis;

describe('burnDownRows', () => {
  it('turns shares into percents at the end of each hour', () => {
    const rows = burnDownRows(availability.points);
    expect(rows).toHaveLength(720);
    // Hour 360: ideal 360/720 = 50 %, spent 0.4 × 360/720 = 20 %.
    expect(rows[359]).toEqual({
      at: Date.parse('2026-03-06T12:00:00.000Z'),
      ideal: 50,
      actual: 20,
    });
    // Hours 241–252 were not recorded.
    expect(rows[240].actual).toBeNull();
    expect(rows[251].actual).toBeNull();
    // Hour 481 has the incident: 0.4 × 481/720 + 0.2 = 46.7222…%.
    expect(rows[480].actual).toBeCloseTo(46.7222, 3);
  });
});

describe('dailyBurnDownRows', () => {
  it('keeps the last recorded hour of each UTC day', () => {
    const rows = dailyBurnDownRows(availability.points);
    // The window starts at 12:00, so 30 days touch 31 dates.
    expect(rows).toHaveLength(31);
    // 19 Feb holds hours 1–11 (ending 13:00–23:00); hour 12 ends on 20 Feb.
    expect(new Date(rows[0].at).toISOString()).toBe('2026-02-19T23:00:00.000Z');
    expect(rows[0].ideal).toBeCloseTo((11 / 720) * 100, 9);
    const last = rows[rows.length - 1];
    expect(new Date(last.at).toISOString()).toBe('2026-03-21T12:00:00.000Z');
    expect(last).toMatchObject({ ideal: 100, actual: 60 });
  });

  it('skips a day without any recorded hour', () => {
    const sli: ErrorBudgetBurnDownSli = {
      ...latency,
      points: latency.points.map(p =>
        p.at.startsWith('2026-03-01')
          ? { ...p, cumulative_consumed_share: null }
          : p,
      ),
    };
    const days = dailyBurnDownRows(sli.points).map(r =>
      new Date(r.at).toISOString().slice(0, 10),
    );
    expect(days).not.toContain('2026-03-01');
    expect(days).toHaveLength(30);
  });
});

describe('burnDownSummary and burnDownSentence', () => {
  it.each([
    [
      // Ends at 60 % spent against 100 % ideal: 40 pp below.
      availability,
      60,
      -40,
      '60% of the budget spent against 100% on the ideal line: 40 pp below the ideal line (708 of 720 hours recorded).',
    ],
    [
      {
        ...latency,
        points: latency.points.slice(0, 10).map(p => ({
          ...p,
          cumulative_consumed_share: p.ideal_consumed_share * 3,
        })),
        coverage: { hours: 10, hours_with_counts: 10 },
      },
      // Hour 10: ideal 10/720 = 1.3889 %, spent three times that.
      (30 / 720) * 100,
      (20 / 720) * 100,
      '4.2% of the budget spent against 1.4% on the ideal line: spending faster than the window can afford, 2.8 pp above the ideal line (10 of 10 hours recorded).',
    ],
  ])('summarises case %#', (sli, actual, aheadBy, sentence) => {
    const summary = burnDownSummary(sli);
    expect(summary.latest?.actual).toBeCloseTo(actual, 9);
    expect(summary.aheadBy).toBeCloseTo(aheadBy, 9);
    expect(burnDownSentence(summary)).toBe(sentence);
  });

  it('says when no hour is recorded', () => {
    const sli = {
      ...latency,
      points: [],
      coverage: { hours: 0, hours_with_counts: 0 },
    };
    expect(burnDownSentence(burnDownSummary(sli))).toBe(
      'No hour of this window has been recorded yet (0 of 0 hours recorded).',
    );
  });
});
