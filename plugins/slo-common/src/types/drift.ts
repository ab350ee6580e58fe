/**
 * Confirmed drift of an entity's SLI, as stored by the drift detection job
 * and served by `GET /dashboard/drift`. Times are ISO 8601 in UTC. See
 * docs/drift-detection.md.
 */

/** The SLIs the drift job watches. @public */
export type DriftSli = 'availability' | 'latency_p99';

/** The detectors that vote on drift. @public */
export type DriftDetectorName = 'page_hinkley' | 'adwin' | 'kswin';

/** One confirmed drift. @public */
export interface DriftEventBody {
  id: string;
  entity_ref: string;
  /** Owner and system of the entity when the drift was confirmed. */
  owner: string | null;
  system: string | null;
  sli: DriftSli;
  /** End of the data point at which the detectors first voted for it. */
  changed_at: string;
  /** End of the data point at which two detectors agreed. */
  detected_at: string;
  /** When the job confirmed it (wall clock). */
  confirmed_at: string;
  /** The detectors that voted, in the order they fired. */
  detectors: DriftDetectorName[];
  /** Median of the SLI before `changed_at` and from then on. */
  before: number | null;
  after: number | null;
  /** `percent` for availability (99.95), `ms` for latency. */
  unit: 'percent' | 'ms';
  /** E.g. `p99 latency 41.2 ms → 50.3 ms (+22%)`. */
  summary: string;
}
