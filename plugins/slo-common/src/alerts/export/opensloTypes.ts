/** `metadata` of an OpenSLO v1 object. @public */
export interface OpenSloMetadata {
  name: string;
  displayName?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The OpenSLO v1 kinds the export writes. @public */
export type OpenSloKind =
  | 'Service'
  | 'SLI'
  | 'SLO'
  | 'AlertPolicy'
  | 'AlertCondition'
  | 'AlertNotificationTarget';

/**
 * One OpenSLO v1 document. `spec` is plain data whose shape depends on
 * `kind`; the tests check every document against the OpenSLO schemas.
 * @public
 */
export interface OpenSloDocument {
  apiVersion: 'openslo/v1';
  kind: OpenSloKind;
  metadata: OpenSloMetadata;
  spec: Record<string, unknown>;
}
