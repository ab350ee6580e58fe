import { AdwinWindow } from './adwinBuckets';

function filled(values: number[], maxBuckets = 5): AdwinWindow {
  const window = new AdwinWindow(maxBuckets);
  values.forEach(x => window.insert(x));
  return window;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('AdwinWindow', () => {
  it('keeps width, total and M2 (river: 1..5 gives total 15, variance 10)', () => {
    const window = filled(range(1, 5));
    expect(window.state()).toEqual({
      rows: [{ totals: [1, 2, 3, 4, 5], variances: [0, 0, 0, 0, 0] }],
      width: 5,
      total: 15,
      variance: 10,
    });
  });

  it('merges the two oldest buckets when a row reaches maxBuckets + 1', () => {
    // Sixth value: 1 and 2 merge into one bucket of 2 with M2 = 0.5.
    expect(filled(range(1, 6)).state()).toEqual({
      rows: [
        { totals: [3, 4, 5, 6], variances: [0, 0, 0, 0] },
        { totals: [3], variances: [0.5] },
      ],
      width: 6,
      total: 21,
      variance: 17.5, // Σ(x − 3.5)²
    });
  });

  it('cascades merges into larger rows (hand-built after 16 values)', () => {
    // Row 1 reaches six buckets at the 16th value; its oldest two, {1,2}
    // and {3,4}, merge into one bucket of 4 with M2 = Σ(x − 2.5)² = 5.
    expect(filled(range(1, 16)).state()).toEqual({
      rows: [
        { totals: [13, 14, 15, 16], variances: [0, 0, 0, 0] },
        { totals: [11, 15, 19, 23], variances: [0.5, 0.5, 0.5, 0.5] },
        { totals: [10], variances: [5] },
      ],
      width: 16,
      total: 136,
      variance: 340, // 16·(16² − 1)/12
    });
  });

  it('drops the oldest bucket and its share of M2', () => {
    const window = filled(range(1, 16));
    expect(window.deleteOldest()).toBe(4);
    // 340 − (5 + 4·12·(2.5 − 10.5)²/16) = 143 = Σ_{5..16}(x − 10.5)²
    expect(window.state()).toEqual({
      rows: [
        { totals: [13, 14, 15, 16], variances: [0, 0, 0, 0] },
        { totals: [11, 15, 19, 23], variances: [0.5, 0.5, 0.5, 0.5] },
      ],
      width: 12,
      total: 126,
      variance: 143,
    });
  });

  it('holds M2 equal to a two-pass computation on a long series', () => {
    const values = Array.from({ length: 200 }, (_, i) => i % 7);
    const window = filled(values, 2);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const m2 = values.reduce((a, b) => a + (b - mean) ** 2, 0);
    expect(window.width).toBe(200);
    expect(window.total).toBe(594); // 28 cycles of 0..6 (21 each) + 0 + 1 + 2 + 3
    expect(window.variance).toBeCloseTo(m2, 9);
    // Every bucket row above 0 holds 1..maxBuckets buckets; sizes add up.
    const { rows } = window.state();
    expect(rows.reduce((w, row, i) => w + row.totals.length * 2 ** i, 0)).toBe(
      200,
    );
    expect(rows.every(row => row.totals.length <= 2)).toBe(true);
  });
});
