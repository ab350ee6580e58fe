import type {
  DriftDetectorName,
  DriftEventBody,
  DriftSli,
} from '@slo-engine/plugin-slo-common';
import type { StoredDriftState } from './types';

export const STATE = 'slo_drift_state';
export const EVENTS = 'slo_drift_events';

type DbTime = Date | string | number;

export interface RawStateRow {
  entity_ref: string;
  sli: string;
  fed_until: DbTime;
  state: string;
  updated_at: DbTime;
}

export interface RawEventRow {
  id: string;
  entity_ref: string;
  owner: string | null;
  system: string | null;
  sli: string;
  changed_at: DbTime;
  detected_at: DbTime;
  confirmed_at: DbTime;
  detectors: string;
  before: number | string | null;
  after: number | string | null;
  unit: string;
  summary: string;
}

const iso = (t: DbTime) => new Date(t).toISOString();
// pg may return doubles as strings.
const num = (v: number | string | null) => (v === null ? null : Number(v));

export function stateToRow(s: StoredDriftState, at: Date): RawStateRow {
  return {
    entity_ref: s.entityRef,
    sli: s.sli,
    fed_until: s.fedUntil,
    state: JSON.stringify(s.monitor),
    updated_at: at,
  };
}

export function stateFromRow(r: RawStateRow): StoredDriftState {
  return {
    entityRef: r.entity_ref,
    sli: r.sli as DriftSli,
    fedUntil: new Date(r.fed_until),
    monitor: JSON.parse(r.state),
  };
}

export function eventToRow(e: DriftEventBody): RawEventRow {
  return {
    id: e.id,
    entity_ref: e.entity_ref,
    owner: e.owner,
    system: e.system,
    sli: e.sli,
    changed_at: new Date(e.changed_at),
    detected_at: new Date(e.detected_at),
    confirmed_at: new Date(e.confirmed_at),
    detectors: JSON.stringify(e.detectors),
    before: e.before,
    after: e.after,
    unit: e.unit,
    summary: e.summary,
  };
}

export function eventFromRow(r: RawEventRow): DriftEventBody {
  return {
    id: r.id,
    entity_ref: r.entity_ref,
    owner: r.owner,
    system: r.system,
    sli: r.sli as DriftSli,
    changed_at: iso(r.changed_at),
    detected_at: iso(r.detected_at),
    confirmed_at: iso(r.confirmed_at),
    detectors: JSON.parse(r.detectors) as DriftDetectorName[],
    before: num(r.before),
    after: num(r.after),
    unit: r.unit as DriftEventBody['unit'],
    summary: r.summary,
  };
}
