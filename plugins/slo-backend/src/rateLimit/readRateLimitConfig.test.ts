import { ConfigReader } from '@backstage/config';
import { readRateLimitConfig } from './readRateLimitConfig';

const read = (rateLimits?: unknown) =>
  readRateLimitConfig(
    new ConfigReader(rateLimits === undefined ? {} : { slo: { rateLimits } }),
  );

describe('readRateLimitConfig', () => {
  it('defaults to the API specification’s limits per minute', () => {
    expect(read()).toEqual({
      enabled: true,
      windowMs: 60_000,
      limits: {
        ingestion: 10,
        decisions: 30,
        impactAnalysis: 10,
        regenerations: 10,
      },
    });
  });

  it('reads overrides and a window as a duration', () => {
    expect(read({ decisions: 5, window: '30s', enabled: false })).toMatchObject(
      {
        enabled: false,
        windowMs: 30_000,
        limits: { decisions: 5, ingestion: 10 },
      },
    );
    expect(read({ window: { hours: 1 } }).windowMs).toBe(3_600_000);
  });

  it.each([
    [{ decisions: 0 }, /slo\.rateLimits\.decisions/],
    [{ ingestion: 2.5 }, /slo\.rateLimits\.ingestion/],
    [{ regenerations: '10' }, /slo\.rateLimits\.regenerations/],
    [{ perUser: 3 }, /slo\.rateLimits: Unrecognized key/],
    [{ window: '0s' }, /window must be from 1 second to 1 day/],
    [{ window: { days: 2 } }, /window must be from 1 second to 1 day/],
  ])('refuses %p', (rateLimits, message) => {
    expect(() => read(rateLimits)).toThrow(message);
  });
});
