/** A catalog entity as the SLO engine stores it. */
export interface GraphNode {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  type?: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  source: 'catalog';
}

/** What one catalog sync changed. */
export interface NodeSyncResult {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}
