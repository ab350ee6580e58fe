import { budgetStatusExplanation, budgetStatusLabel } from './budgetStatus';

const thresholds = { warning: 0.5, critical: 0.8 };

describe('budgetStatusLabel and budgetStatusExplanation', () => {
  it.each([
    ['healthy', 'Healthy', 'less than 50% of the budget spent'],
    [
      'warning',
      'Warning',
      '50% or more of the budget spent (critical from 80%)',
    ],
    ['critical', 'Critical', '80% or more of the budget spent'],
    ['exhausted', 'Exhausted', 'the whole budget is spent'],
    ['no_data', 'No data', expect.stringContaining('no series')],
  ] as const)('names and explains %s', (status, label, explanation) => {
    expect(budgetStatusLabel(status)).toBe(label);
    expect(budgetStatusExplanation(status, thresholds)).toEqual(explanation);
  });

  it('uses the configured thresholds', () => {
    expect(
      budgetStatusExplanation('warning', { warning: 0.25, critical: 0.75 }),
    ).toBe('25% or more of the budget spent (critical from 75%)');
  });
});
