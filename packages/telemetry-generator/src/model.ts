import { Fleet, ServiceSpec, validateFleet } from './fleet';
import { evaluationOrder } from './graph';
import { trafficFactor } from './seasonality';

export interface CompiledDependency {
  callee: number;
  propagation: number;
  callsPerRequest: number;
  /** Index of the redundancy group within the caller, or -1. */
  group: number;
  /** True when the callee is evaluated after the caller (inside a cycle). */
  forward: boolean;
}

interface Window {
  from: number;
  to: number;
  extra500: number;
  extra503: number;
  logLatency: number;
}

/** A fleet with names resolved to indices and offsets made absolute. */
export interface CompiledFleet {
  services: ServiceSpec[];
  order: number[];
  deps: CompiledDependency[][];
  groupCounts: number[];
  /** Absolute Unix time of each service's birth (-Infinity if none). */
  births: number[];
  windows: Window[][];
}

export function compileFleet(fleet: Fleet, anchor: number): CompiledFleet {
  validateFleet(fleet);
  const order = evaluationOrder(fleet);
  const position = new Map(order.map((s, p) => [s, p]));
  const index = new Map(fleet.services.map((s, i) => [s.name, i]));
  const groupCounts: number[] = [];
  const deps = fleet.services.map((s, i) => {
    const groups = new Map<string, number>();
    const compiled = s.dependencies.map(d => {
      const callee = index.get(d.target)!;
      let group = -1;
      if (d.redundancyGroup !== undefined) {
        if (!groups.has(d.redundancyGroup))
          groups.set(d.redundancyGroup, groups.size);
        group = groups.get(d.redundancyGroup)!;
      }
      return {
        callee,
        propagation: d.propagation,
        callsPerRequest: d.callsPerRequest ?? 1,
        group,
        forward: position.get(callee)! > position.get(i)!,
      };
    });
    groupCounts.push(groups.size);
    return compiled;
  });
  const windows = fleet.services.map(s => [
    ...(s.incidents ?? []).map(inc => ({
      from: anchor + inc.offset,
      to: anchor + inc.offset + inc.durationSeconds,
      extra500:
        (inc.errorCode ?? '500') === '500' ? inc.extraErrorRatio ?? 0 : 0,
      extra503: inc.errorCode === '503' ? inc.extraErrorRatio ?? 0 : 0,
      logLatency: Math.log(inc.latencyMultiplier ?? 1),
    })),
    ...(s.deployments ?? []).map(dep => ({
      from: anchor + dep.offset,
      to: Infinity,
      extra500: 0,
      extra503: 0,
      logLatency: Math.log(dep.latencyMultiplier),
    })),
  ]);
  const births = fleet.services.map(s =>
    s.birthOffset === undefined ? -Infinity : anchor + s.birthOffset,
  );
  return {
    services: fleet.services,
    order,
    deps,
    groupCounts,
    births,
    windows,
  };
}

/** Expected behaviour of every service during one step interval. */
export interface StepState {
  /** Requests per second. */
  rate: Float64Array;
  /** Own error ratio (base + incidents), all codes. */
  own: Float64Array;
  /** Effective error ratio of the previous step (NaN before the first). */
  previous: Float64Array;
  /** Effective error ratios, split by code (dependency errors are 503s). */
  err500: Float64Array;
  err503: Float64Array;
  /** Latency multiplier (incidents x deployments, overlap-weighted). */
  latency: Float64Array;
}

export function createStepState(size: number): StepState {
  return {
    rate: new Float64Array(size),
    own: new Float64Array(size),
    previous: new Float64Array(size).fill(NaN),
    err500: new Float64Array(size),
    err503: new Float64Array(size),
    latency: new Float64Array(size),
  };
}

/**
 * Fills `state` for the interval (t0, t1]. Incidents and deployments count
 * in proportion to their overlap with the interval. A dependency adds
 * propagation x callee error; a redundancy group adds
 * max(propagation) x product of its callees' errors. Inside a cycle, the
 * edge that closes the loop reads the callee's effective error of the
 * previous step (its own error on the first step), so failures travel
 * around a cycle with a one-step lag. Services where `active` is 0 have no
 * errors (their callers see no failures from them).
 */
export function computeStep(
  cf: CompiledFleet,
  t0: number,
  t1: number,
  active: Uint8Array,
  state: StepState,
): void {
  const dt = t1 - t0;
  const mid = t0 + dt / 2;
  for (let s = 0; s < cf.services.length; s++) {
    const spec = cf.services[s];
    let e500 = spec.errorRatio;
    let e503 = 0;
    let logLatency = 0;
    for (const w of cf.windows[s]) {
      const overlap = Math.min(t1, w.to) - Math.max(t0, w.from);
      if (overlap <= 0) continue;
      const f = overlap / dt;
      e500 += f * w.extra500;
      e503 += f * w.extra503;
      logLatency += f * w.logLatency;
    }
    state.rate[s] = spec.requestRate * trafficFactor(spec.seasonality, mid);
    state.own[s] = active[s] ? e500 + e503 : 0;
    state.err500[s] = e500;
    state.err503[s] = e503;
    state.latency[s] = Math.exp(logLatency);
  }
  const groupProduct: number[] = [];
  const groupPropagation: number[] = [];
  for (const s of cf.order) {
    if (!active[s]) {
      state.err500[s] = 0;
      state.err503[s] = 0;
      continue;
    }
    let propagated = 0;
    groupProduct.length = 0;
    groupPropagation.length = 0;
    for (let g = 0; g < cf.groupCounts[s]; g++) {
      groupProduct.push(1);
      groupPropagation.push(0);
    }
    for (const d of cf.deps[s]) {
      let e = state.err500[d.callee] + state.err503[d.callee];
      if (d.forward) {
        const previous = state.previous[d.callee];
        e = Number.isNaN(previous) ? state.own[d.callee] : previous;
        if (!active[d.callee]) e = 0;
      }
      if (d.group < 0) {
        propagated += d.propagation * e;
      } else {
        groupProduct[d.group] *= e;
        groupPropagation[d.group] = Math.max(
          groupPropagation[d.group],
          d.propagation,
        );
      }
    }
    for (let g = 0; g < groupProduct.length; g++) {
      propagated += groupPropagation[g] * groupProduct[g];
    }
    const total = state.err500[s] + state.err503[s] + propagated;
    const scale = total > 1 ? 1 / total : 1;
    state.err500[s] *= scale;
    state.err503[s] = (state.err503[s] + propagated) * scale;
  }
  for (let s = 0; s < cf.services.length; s++) {
    state.previous[s] = active[s] ? state.err500[s] + state.err503[s] : NaN;
  }
}
