import { InputError } from '@backstage/errors';
import { parseReplayQuery } from './parseReplayQuery';

describe('parseReplayQuery', () => {
  it.each([
    [{}, 7],
    [undefined, 7],
    [{ lookback_days: '1' }, 1],
    [{ lookback_days: '30' }, 30],
    [{ lookback_days: '014' }, 14],
  ])('%j → %s days', (query, days) => {
    expect(parseReplayQuery(query)).toEqual({ lookbackDays: days });
  });

  it.each([
    [
      { lookback_days: '0' },
      /lookback_days must be a whole number of days from 1 to 30$/,
    ],
    [{ lookback_days: '31' }, /from 1 to 30$/],
    [{ lookback_days: '2.5' }, /from 1 to 30$/],
    [{ lookback_days: '-1' }, /from 1 to 30$/],
    [{ lookback_days: '7d' }, /from 1 to 30$/],
    [{ lookback_days: '' }, /from 1 to 30$/],
    [{ lookback_days: ['1', '2'] }, /from 1 to 30, given once$/],
    [
      { lookback_days: '7', days: '3' },
      /unknown parameter "days": only lookback_days is accepted/,
    ],
  ])('%j is a 400 naming the parameter', (query, message) => {
    let error: unknown;
    try {
      parseReplayQuery(query);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^Invalid alert-replay query: /);
    expect((error as Error).message).toMatch(message);
  });
});
