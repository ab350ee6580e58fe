import { ErrorBudgetSliBody } from '@slo-engine/plugin-slo-common';
import { errorBudget } from '../../__fixtures__/errorBudget';
import { exhaustionText, remainingShare } from './budgetText';

const availability = errorBudget.slis[0];

describe('exhaustionText', () => {
  const sli = (patch: Partial<ErrorBudgetSliBody>): ErrorBudgetSliBody => ({
    ...availability,
    ...patch,
  });

  it.each([
    // docs/error-budgets.md: 0.4 × 30 / 1.5 = 8 days after 21 Mar 12:00.
    [sli({}), "29 Mar 2026, 12:00 UTC at the last 1d's burn rate of 1.5×"],
    [sli({ consumed_share: 1.2, status: 'exhausted' }), 'Already exhausted'],
    [
      sli({ projected_exhaustion: null, projection_burn_rate: 0 }),
      'Not burning: the last 1d used no budget',
    ],
    [
      sli({ projected_exhaustion: null, projection_burn_rate: null }),
      'Unknown: the last 1d holds too few samples for a burn rate',
    ],
    [
      sli({ status: 'no_data', consumed_share: null }),
      'Unknown: no data for this SLI',
    ],
  ])('describes case %#', (input, text) => {
    expect(exhaustionText(input)).toBe(text);
  });
});

describe('remainingShare', () => {
  it.each([
    [0.6, 0.4],
    [1.25, -0.25],
  ])('from consumed %s is %s', (consumed, remaining) => {
    expect(
      remainingShare({ ...availability, consumed_share: consumed }),
    ).toBeCloseTo(remaining, 12);
  });

  it('is null without data', () => {
    expect(
      remainingShare({ ...availability, consumed_share: null }),
    ).toBeNull();
  });
});
