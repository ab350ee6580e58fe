import { ConfigReader } from '@backstage/config';
import { readErrorBudgetConfig } from './readErrorBudgetConfig';

const read = (errorBudgets: unknown) =>
  readErrorBudgetConfig(new ConfigReader({ slo: { errorBudgets } as any }));

describe('readErrorBudgetConfig', () => {
  it('defaults to warning at 50% and critical at 80% consumed', () => {
    expect(readErrorBudgetConfig(new ConfigReader({}))).toEqual({
      thresholds: { warning: 0.5, critical: 0.8 },
    });
    expect(read({ thresholds: { warning: 0.3 } })).toEqual({
      thresholds: { warning: 0.3, critical: 0.8 },
    });
  });

  it.each([
    [
      { warning: 0.25, critical: 0.25 },
      { warning: 0.25, critical: 0.25 },
    ],
    [
      { warning: 0.6, critical: 1 },
      { warning: 0.6, critical: 1 },
    ],
  ])('accepts %j', (thresholds, expected) => {
    expect(read({ thresholds })).toEqual({ thresholds: expected });
  });

  it.each([
    [{ warning: 0 }, /slo\.errorBudgets\.thresholds\.warning: must be above 0/],
    [
      { critical: 1.5 },
      /slo\.errorBudgets\.thresholds\.critical: must be at most 1/,
    ],
    [
      { warning: '50%' },
      /slo\.errorBudgets\.thresholds\.warning: must be a number/,
    ],
    [
      { warning: 0.9, critical: 0.8 },
      /slo\.errorBudgets\.thresholds\.critical: must be at least slo\.errorBudgets\.thresholds\.warning/,
    ],
    [
      { exhausted: 1 },
      /slo\.errorBudgets\.thresholds: Unrecognized key.*exhausted/,
    ],
  ])('rejects %j naming the key', (thresholds, message) => {
    expect(() => read({ thresholds })).toThrow(message);
  });

  it('rejects unknown keys of slo.errorBudgets', () => {
    expect(() => read({ treshold: {} })).toThrow(
      /slo\.errorBudgets: Unrecognized key.*treshold/,
    );
  });
});
