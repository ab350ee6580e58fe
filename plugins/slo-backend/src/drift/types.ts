import type {
  DriftSli,
  SliDriftMonitorState,
} from '@slo-engine/plugin-slo-common';

/** Where one entity's SLI stream stands between runs. */
export interface StoredDriftState {
  entityRef: string;
  sli: DriftSli;
  /** End of the last point read; the next run reads from here. */
  fedUntil: Date;
  monitor: SliDriftMonitorState;
}

export interface DriftEventFilter {
  since: Date;
  owner?: string;
  system?: string;
  entityRef?: string;
  limit: number;
}
