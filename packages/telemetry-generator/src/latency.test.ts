import {
  bucketProbabilities,
  formatLe,
  histogramQuantile,
  LATENCY_LE,
  logNormalCdf,
  normalCdf,
} from './latency';

describe('latency buckets', () => {
  it('spells le values once and consistently', () => {
    expect(LATENCY_LE).toEqual([
      '0.005',
      '0.01',
      '0.025',
      '0.05',
      '0.1',
      '0.25',
      '0.5',
      '1',
      '2.5',
      '5',
      '10',
      '+Inf',
    ]);
    expect(formatLe(1)).toBe('1');
    expect(formatLe(Infinity)).toBe('+Inf');
  });

  it('computes the normal CDF to 1e-6', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220428, 6);
  });

  it('puts half of a log-normal below its median', () => {
    expect(logNormalCdf(0.1, 0.1, 0.5)).toBeCloseTo(0.5, 7);
    // Phi(ln(2.5) / 0.5) and Phi(ln(5) / 0.5), computed with Python's math.erf
    expect(logNormalCdf(0.25, 0.1, 0.5)).toBeCloseTo(0.9665675815910831, 6);
    expect(logNormalCdf(0.5, 0.1, 0.5)).toBeCloseTo(0.999356528987086, 6);
    expect(logNormalCdf(0, 0.1, 0.5)).toBe(0);
  });

  it('gives bucket probabilities that sum to 1', () => {
    const p = bucketProbabilities(0.1, 0.5);
    expect(p).toHaveLength(12);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // (0.25, 0.5] holds Phi(3.2189) - Phi(1.8326)
    expect(p[6]).toBeCloseTo(0.999356528987086 - 0.9665675815910831, 6);
  });
});

describe('histogramQuantile', () => {
  const buckets = [
    { upperBound: 0.1, count: 50 },
    { upperBound: 0.5, count: 90 },
    { upperBound: Infinity, count: 100 },
  ];

  it('interpolates linearly inside the bucket like PromQL', () => {
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.1, 12); // 0 + 0.1 * 50/50
    expect(histogramQuantile(0.7, buckets)).toBeCloseTo(0.3, 12); // 0.1 + 0.4 * 20/40
    expect(histogramQuantile(0.9, buckets)).toBeCloseTo(0.5, 12);
    expect(histogramQuantile(0.25, buckets)).toBeCloseTo(0.05, 12);
  });

  it('returns the last finite bound when the rank is in +Inf', () => {
    expect(histogramQuantile(0.95, buckets)).toBe(0.5);
  });

  it('returns NaN without +Inf or observations, and infinities outside [0, 1]', () => {
    expect(histogramQuantile(0.5, buckets.slice(0, 2))).toBeNaN();
    expect(
      histogramQuantile(
        0.5,
        buckets.map(b => ({ ...b, count: 0 })),
      ),
    ).toBeNaN();
    expect(histogramQuantile(-1, buckets)).toBe(-Infinity);
    expect(histogramQuantile(2, buckets)).toBe(Infinity);
  });

  it('reads p99 of exact log-normal buckets as in a hand calculation', () => {
    // median 35 ms, sigma 0.5: p99 falls in (0.1, 0.25]; values from Python
    const p = bucketProbabilities(0.035, 0.5);
    let below = 0;
    const bounds = [
      0.005,
      0.01,
      0.025,
      0.05,
      0.1,
      0.25,
      0.5,
      1,
      2.5,
      5,
      10,
      Infinity,
    ];
    const cumulative = bounds.map((upperBound, i) => ({
      upperBound,
      count: (below += p[i]),
    }));
    expect(histogramQuantile(0.99, cumulative)).toBeCloseTo(
      0.16626368227475785,
      5,
    );
  });
});
