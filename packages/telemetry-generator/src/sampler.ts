import { bucketProbabilities, LATENCY_BUCKETS, logNormalMean } from './latency';
import { SeriesLayout } from './layout';
import { CompiledFleet, StepState } from './model';
import { Rng } from './rng';
import { binomial, multinomial } from './sampling';

/**
 * Draws the random counts of one step and adds them to the cumulative
 * values. Every service and every edge has its own random stream (derived
 * from the seed and its name), so a service's numbers do not change when
 * other services are added or when the output is chunked differently.
 */
export class StepSampler {
  private readonly serviceRng: Rng[];
  private readonly edgeRng: Rng[];
  private readonly probabilities: Float64Array[];
  private readonly cachedMultiplier: Float64Array;
  private readonly bucketCounts = new Float64Array(LATENCY_BUCKETS.length + 1);
  /** Requests drawn for each service in the current step. */
  private readonly requests: Float64Array;

  constructor(
    private readonly cf: CompiledFleet,
    private readonly layout: SeriesLayout,
    seed: number,
  ) {
    this.serviceRng = cf.services.map(s =>
      Rng.derive(seed, `service:${s.name}`),
    );
    this.edgeRng = layout.edges.map(e =>
      Rng.derive(
        seed,
        `edge:${cf.services[e.client].name}>${cf.services[e.server].name}`,
      ),
    );
    this.probabilities = cf.services.map(
      () => new Float64Array(LATENCY_BUCKETS.length + 1),
    );
    this.cachedMultiplier = new Float64Array(cf.services.length).fill(NaN);
    this.requests = new Float64Array(cf.services.length);
  }

  /**
   * Adds the counts of an interval of `dt` seconds to `cumulative` (indexed
   * like `layout.series`). `activeService[i]` / `activeEdge[j]` say whether
   * service i / edge j accrues during this interval.
   */
  sample(
    dt: number,
    state: StepState,
    activeService: Uint8Array,
    activeEdge: Uint8Array,
    cumulative: Float64Array,
  ): void {
    const { cf, layout } = this;
    for (let s = 0; s < cf.services.length; s++) {
      this.requests[s] = 0;
      const series = layout.services[s];
      if (!activeService[s] || series.count < 0) continue;
      const spec = cf.services[s];
      const rng = this.serviceRng[s];
      const n = rng.poisson(state.rate[s] * dt);
      this.requests[s] = n;
      const err = Math.min(1, state.err500[s] + state.err503[s]);
      const errors = binomial(rng, n, err);
      const e500 = err > 0 ? binomial(rng, errors, state.err500[s] / err) : 0;
      const notFound = binomial(rng, n - errors, spec.notFoundRatio ?? 0);
      cumulative[series.code200] += n - errors - notFound;
      if (series.code404 >= 0) cumulative[series.code404] += notFound;
      cumulative[series.code500] += e500;
      cumulative[series.code503] += errors - e500;

      const multiplier = state.latency[s];
      const median = spec.latency.medianSeconds * multiplier;
      const sigma = spec.latency.sigma;
      if (this.cachedMultiplier[s] !== multiplier) {
        bucketProbabilities(median, sigma, this.probabilities[s]);
        this.cachedMultiplier[s] = multiplier;
      }
      multinomial(rng, n, this.probabilities[s], this.bucketCounts);
      let below = 0;
      for (let b = 0; b < this.bucketCounts.length; b++) {
        below += this.bucketCounts[b];
        cumulative[series.bucket0 + b] += below;
      }
      cumulative[series.count] += n;
      if (n > 0) {
        const mean = logNormalMean(median, sigma);
        const sd = mean * Math.sqrt(Math.expm1(sigma * sigma));
        cumulative[series.sum] += Math.max(
          0,
          n * mean + Math.sqrt(n) * sd * rng.normal(),
        );
      }
    }
    for (let j = 0; j < layout.edges.length; j++) {
      if (!activeEdge[j]) continue;
      const edge = layout.edges[j];
      const rng = this.edgeRng[j];
      const callerRequests =
        layout.services[edge.client].count >= 0
          ? this.requests[edge.client]
          : state.rate[edge.client] * dt;
      const calls = rng.poisson(callerRequests * edge.callsPerRequest);
      const err = Math.min(
        1,
        state.err500[edge.server] + state.err503[edge.server],
      );
      cumulative[edge.total] += calls;
      cumulative[edge.failed] += binomial(rng, calls, err);
    }
  }
}
