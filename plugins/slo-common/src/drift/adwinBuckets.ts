/**
 * ADWIN's window as an exponential histogram (Bifet & Gavaldà's ADWIN2),
 * following river's Rust engine `rust_src/adwin.rs` operation by operation
 * so that floating-point results match. Row i holds up to maxBuckets + 1
 * buckets of 2^i values each, oldest first; each bucket keeps the total of
 * its values and their sum of squared deviations (M2, not divided by n).
 */

/** One row of buckets, oldest first. @public */
export interface AdwinRow {
  totals: number[];
  variances: number[];
}

/** Serialisable contents of an {@link AdwinWindow}. @public */
export interface AdwinWindowState {
  rows: AdwinRow[];
  /** Number of values in the window. */
  width: number;
  /** Sum of the values in the window. */
  total: number;
  /** Sum of squared deviations from the window mean. */
  variance: number;
}

/** Values summarised by one bucket of row `row`. */
export const bucketSize = (row: number): number => 2 ** row;

/** The exponential histogram plus running width, total and M2. @public */
export class AdwinWindow {
  private rows: AdwinRow[];
  width: number;
  total: number;
  variance: number;

  constructor(private readonly maxBuckets: number, state?: AdwinWindowState) {
    this.rows = state
      ? state.rows.map(r => ({
          totals: [...r.totals],
          variances: [...r.variances],
        }))
      : [{ totals: [], variances: [] }];
    this.width = state?.width ?? 0;
    this.total = state?.total ?? 0;
    this.variance = state?.variance ?? 0;
  }

  state(): AdwinWindowState {
    return {
      rows: this.rows.map(r => ({
        totals: [...r.totals],
        variances: [...r.variances],
      })),
      width: this.width,
      total: this.total,
      variance: this.variance,
    };
  }

  /** Rows oldest-last: `row(rowCount − 1)` holds the oldest, largest buckets. */
  get rowCount(): number {
    return this.rows.length;
  }

  row(i: number): Readonly<AdwinRow> {
    return this.rows[i];
  }

  insert(value: number): void {
    this.rows[0].totals.push(value);
    this.rows[0].variances.push(0);
    this.width += 1;
    let increment = 0;
    if (this.width > 1) {
      const d = value - this.total / (this.width - 1);
      increment = ((this.width - 1) * d * d) / this.width;
    }
    this.variance += increment;
    this.total += value;
    this.compress();
  }

  /** Drops the oldest bucket and returns how many values it held. */
  deleteOldest(): number {
    const last = this.rows.length - 1;
    const row = this.rows[last];
    const n = bucketSize(last);
    const u = row.totals[0];
    const v = row.variances[0];
    const mu = u / n;
    this.width -= n;
    this.total -= u;
    const muWindow = this.total / this.width;
    this.variance -=
      v +
      (n * this.width * (mu - muWindow) * (mu - muWindow)) / (n + this.width);
    row.totals.shift();
    row.variances.shift();
    if (row.totals.length === 0) this.rows.pop();
    return n;
  }

  /** Merges the two oldest buckets of each full row into the next row. */
  private compress(): void {
    for (let i = 0; this.rows[i].totals.length === this.maxBuckets + 1; i++) {
      const row = this.rows[i];
      const n = bucketSize(i);
      const [t0, t1] = row.totals;
      const [v0, v1] = row.variances;
      const mu1 = t0 / n;
      const mu2 = t1 / n;
      const merged = v0 + v1 + n * 0.5 * (mu1 - mu2) * (mu1 - mu2);
      if (i + 1 >= this.rows.length)
        this.rows.push({ totals: [], variances: [] });
      this.rows[i + 1].totals.push(t0 + t1);
      this.rows[i + 1].variances.push(merged);
      row.totals.splice(0, 2);
      row.variances.splice(0, 2);
    }
  }
}
