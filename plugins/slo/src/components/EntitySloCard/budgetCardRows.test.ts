import {
  activeSlo,
  availabilityBudget,
  errorBudget,
  latencyBudget,
} from '../../__fixtures__/errorBudget';
import { budgetCardRows } from './budgetCardRows';

describe('budgetCardRows', () => {
  it.each([
    [
      'both SLIs with budgets',
      errorBudget,
      [
        // 1 − 0.6 = 40% of 43.2 min: 17.28 min.
        ['Availability', '99.9%', '40.0% (17.3 min)', 'warning'],
        // 1 − 0.12 = 88% of 432 min: 380.16 min = 6 h 20 min.
        ['p99 latency', '250 ms', '88.0% (6 h 20 min)', 'healthy'],
      ],
    ],
    [
      'no budget yet',
      undefined,
      [
        ['Availability', '99.9%', 'Not computed yet', undefined],
        ['p99 latency', '250 ms', 'Not computed yet', undefined],
      ],
    ],
    [
      'an overspent SLI and a target without a budget',
      {
        ...errorBudget,
        slis: [
          {
            ...availabilityBudget,
            // 12% over: 0.12 × 43.2 min = 5.184 min overspent.
            consumed_share: 1.12,
            remaining_minutes: -5.184,
            status: 'exhausted' as const,
          },
        ],
      },
      [
        ['Availability', '99.9%', 'Spent (−5.2 min)', 'exhausted'],
        ['p99 latency', '250 ms', 'No budget for this SLI', undefined],
      ],
    ],
    [
      'an SLI without data',
      {
        ...errorBudget,
        slis: [
          availabilityBudget,
          {
            ...latencyBudget,
            consumed_share: null,
            remaining_minutes: null,
            status: 'no_data' as const,
          },
        ],
      },
      [
        ['Availability', '99.9%', '40.0% (17.3 min)', 'warning'],
        ['p99 latency', '250 ms', 'No data', 'no_data'],
      ],
    ],
  ])('%s', (_, budget, expected) => {
    expect(
      budgetCardRows(activeSlo, budget).map(r => [
        r.sli,
        r.target,
        r.remaining,
        r.status,
      ]),
    ).toEqual(expected);
  });

  it('falls back to the objective of an SLI the SLO no longer targets', () => {
    const slo = { ...activeSlo, targets: { availability: 99.9 } };
    expect(budgetCardRows(slo, errorBudget)[1]).toMatchObject({
      sli: 'p99 latency',
      // The latency budget's objective: 0.99 of requests fast enough.
      target: '99.00%',
    });
  });
});
