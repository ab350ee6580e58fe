/**
 * The fleet model: what the generator simulates. All times are offsets in
 * seconds relative to the generation anchor (by default the end of the
 * generated window); negative offsets are in the past.
 */

/**
 * `service` emits HTTP server metrics. `resource` (database, cache, queue)
 * and `external` (third-party API) emit none of their own: they only appear
 * as `server` of service-graph edges, with their own error ratio.
 */
export type ServiceKind = 'service' | 'resource' | 'external';

/** Error status codes the generator writes. */
export type ErrorCode = '500' | '503';

/** Log-normal latency: median and sigma of ln(latency). */
export interface LatencyProfile {
  medianSeconds: number;
  sigma: number;
}

export interface DependencySpec {
  /** Name of the callee (a service name in the same fleet). */
  target: string;
  /**
   * Fraction of the callee's error ratio that becomes the caller's error
   * ratio (0 for a soft dependency whose failures are absorbed).
   */
  propagation: number;
  /** Calls to the callee per caller request (default 1). */
  callsPerRequest?: number;
  /**
   * Dependencies sharing a group are redundant: the caller only fails when
   * all of them fail, so the group contributes
   * max(propagation) x product(callee error ratios).
   */
  redundancyGroup?: string;
}

export interface IncidentSpec {
  /** Start, seconds relative to the anchor. */
  offset: number;
  durationSeconds: number;
  /** Added to the service's own error ratio while the incident lasts. */
  extraErrorRatio?: number;
  /** Status code of the extra errors (default '500'). */
  errorCode?: ErrorCode;
  /** Multiplies latency while the incident lasts. */
  latencyMultiplier?: number;
  description?: string;
}

export interface DeploymentSpec {
  /** When it happened, seconds relative to the anchor. */
  offset: number;
  /** Multiplies latency from the deployment on (1.3 = 30 % slower). */
  latencyMultiplier: number;
  description?: string;
}

/** Traffic shape; its average over whole weeks is 1. */
export interface SeasonalitySpec {
  /** Relative amplitude of the daily sine (0.4 = peak 1.4x, trough 0.6x). */
  dailyAmplitude: number;
  /** UTC hour of the daily peak. */
  peakHourUtc: number;
  /** Saturday and Sunday traffic relative to a weekday. */
  weekendFactor: number;
}

export interface ServiceSpec {
  /** Value of the `service` (and `client`/`server`) label. */
  name: string;
  /** Catalog entity the series belong to, e.g. `component:default/auth-api`. */
  entityRef?: string;
  kind: ServiceKind;
  /** Mean request rate over whole weeks, requests per second. */
  requestRate: number;
  /** Own error ratio (answered 500), before incidents and dependencies. */
  errorRatio: number;
  /** Ratio of requests answered 404; the `code="404"` series exists only if > 0. */
  notFoundRatio?: number;
  latency: LatencyProfile;
  dependencies: DependencySpec[];
  /** First moment the service exists; absent means before any data. */
  birthOffset?: number;
  incidents?: IncidentSpec[];
  deployments?: DeploymentSpec[];
  seasonality?: SeasonalitySpec;
}

export interface Fleet {
  services: ServiceSpec[];
}

function checkRatio(value: number | undefined, what: string) {
  if (value !== undefined && !(value >= 0 && value <= 1)) {
    throw new Error(`${what} must be between 0 and 1, got ${value}`);
  }
}

function checkPositive(value: number | undefined, what: string) {
  if (value !== undefined && !(value > 0 && Number.isFinite(value))) {
    throw new Error(`${what} must be a positive number, got ${value}`);
  }
}

/** Throws an Error naming the first problem found in the fleet. */
export function validateFleet(fleet: Fleet): void {
  const names = new Set<string>();
  for (const s of fleet.services) {
    if (!/^[^"\\\n]+$/.test(s.name))
      throw new Error(`bad service name "${s.name}"`);
    if (names.has(s.name)) throw new Error(`duplicate service "${s.name}"`);
    names.add(s.name);
  }
  for (const s of fleet.services) {
    const at = `service "${s.name}"`;
    if (!(s.requestRate >= 0))
      throw new Error(`${at}: requestRate must be >= 0`);
    checkRatio(s.errorRatio, `${at}: errorRatio`);
    checkRatio(s.notFoundRatio, `${at}: notFoundRatio`);
    checkPositive(s.latency.medianSeconds, `${at}: latency.medianSeconds`);
    checkPositive(s.latency.sigma, `${at}: latency.sigma`);
    for (const d of s.dependencies) {
      if (!names.has(d.target))
        throw new Error(`${at}: unknown dependency "${d.target}"`);
      if (d.target === s.name) throw new Error(`${at}: depends on itself`);
      checkRatio(d.propagation, `${at}: propagation to "${d.target}"`);
      if (d.callsPerRequest !== undefined && !(d.callsPerRequest >= 0)) {
        throw new Error(`${at}: callsPerRequest to "${d.target}" must be >= 0`);
      }
    }
    for (const i of s.incidents ?? []) {
      checkPositive(i.durationSeconds, `${at}: incident durationSeconds`);
      checkRatio(i.extraErrorRatio, `${at}: incident extraErrorRatio`);
      checkPositive(i.latencyMultiplier, `${at}: incident latencyMultiplier`);
    }
    for (const d of s.deployments ?? []) {
      checkPositive(d.latencyMultiplier, `${at}: deployment latencyMultiplier`);
    }
  }
}
