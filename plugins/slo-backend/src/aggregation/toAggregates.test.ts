import { toAggregates } from './toAggregates';

const T = 1_790_000_000;
const s = (service: string, values: [number, number][]) => ({
  metric: { service },
  values: values.map(([timestamp, value]) => ({ timestamp, value })),
});

describe('toAggregates', () => {
  const refs = new Map([
    ['checkout', 'component:default/checkout'],
    ['auth', 'component:default/identity'],
  ]);
  const result = toAggregates(
    {
      resolution: 'hour',
      timestamps: [T, T + 3600],
      stepSeconds: 3600,
      totals: [
        s('checkout', [
          [T, 3600],
          [T + 3600, 7200],
        ]),
        s('auth', [[T + 3600, 0]]),
      ],
      errors: [s('checkout', [[T, 36]])],
      quantiles: {
        p99: [
          s('checkout', [
            [T, 0.25],
            [T + 3600, NaN],
          ]),
        ],
      },
    },
    'service',
    refs,
  );

  it('computes good, total, availability, rate and latency per bucket', () => {
    expect(result[0]).toEqual({
      entityRef: 'component:default/checkout',
      resolution: 'hour',
      bucketStart: new Date((T - 3600) * 1000),
      good: 3564,
      total: 3600,
      availability: 0.99,
      latencyMs: { p99: 250 },
      requestRate: 1,
      gap: false,
    });
  });

  it('treats a missing error series as no errors and NaN latency as absent', () => {
    expect(result[1]).toMatchObject({
      good: 7200,
      availability: 1,
      requestRate: 2,
    });
    expect(result[1].latencyMs).toBeUndefined();
  });

  it('records missing samples and zero traffic as gaps, not zeros', () => {
    expect(result.slice(2)).toEqual([
      {
        entityRef: 'component:default/identity',
        resolution: 'hour',
        bucketStart: new Date((T - 3600) * 1000),
        gap: true,
      },
      {
        entityRef: 'component:default/identity',
        resolution: 'hour',
        bucketStart: new Date(T * 1000),
        gap: true,
      },
    ]);
  });
});
