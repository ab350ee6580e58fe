import { ConfigReader } from '@backstage/config';
import { readAggregationConfig } from './readAggregationConfig';

const read = (aggregation: object) =>
  readAggregationConfig(new ConfigReader({ slo: { aggregation } }));

describe('readAggregationConfig', () => {
  it('defaults to 90 days hourly, a year daily and a 2 day refresh', () => {
    expect(readAggregationConfig(new ConfigReader({}))).toEqual({
      hourlyRetentionMs: 90 * 86_400_000,
      dailyRetentionMs: 365 * 86_400_000,
      refreshWindowMs: 2 * 86_400_000,
      maxPointsPerQuery: 10_000,
    });
  });

  it('reads durations in either form', () => {
    expect(
      read({ hourlyRetention: 'P30D', refreshWindow: { hours: 6 } }),
    ).toMatchObject({
      hourlyRetentionMs: 30 * 86_400_000,
      refreshWindowMs: 6 * 3_600_000,
    });
  });

  it('rejects values Prometheus or the job cannot work with', () => {
    expect(() => read({ maxPointsPerQuery: 20_000 })).toThrow(
      /maxPointsPerQuery/,
    );
    expect(() => read({ refreshWindow: { minutes: 5 } })).toThrow(
      /refreshWindow/,
    );
    expect(() => read({ dailyRetention: { hours: 2 } })).toThrow(/retentions/);
  });
});
