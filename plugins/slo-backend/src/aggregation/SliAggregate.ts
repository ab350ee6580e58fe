/** One hourly or daily SLI bucket of one entity. */
export interface SliAggregate {
  entityRef: string;
  resolution: 'hour' | 'day';
  bucketStart: Date;
  /** Absent for gaps. */
  good?: number;
  total?: number;
  availability?: number;
  latencyMs?: { p50?: number; p95?: number; p99?: number; p999?: number };
  requestRate?: number;
  gap: boolean;
}

export type TelemetryState = 'ok' | 'no_data' | 'invalid_mapping';

export interface TelemetryStatus {
  entityRef: string;
  status: TelemetryState;
  message?: string;
  lastDataAt?: Date;
}
