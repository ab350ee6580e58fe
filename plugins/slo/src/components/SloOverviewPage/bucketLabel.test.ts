import { bucketLabel } from './bucketLabel';

describe('bucketLabel', () => {
  it.each([
    [{ bucket: 'lt_25', from: 0, to: 0.25, count: 4 }, 'Below 25%'],
    [{ bucket: '25_50', from: 0.25, to: 0.5, count: 1 }, '25–50%'],
    [{ bucket: '75_100', from: 0.75, to: 1, count: 1 }, '75–100%'],
    [
      { bucket: 'gte_100', from: 1, to: null, count: 2 },
      '100% or more (spent)',
    ],
    [{ bucket: 'no_data', from: null, to: null, count: 3 }, 'No data'],
  ] as const)('%p is %p', (bucket, expected) => {
    expect(bucketLabel(bucket)).toBe(expected);
  });
});
