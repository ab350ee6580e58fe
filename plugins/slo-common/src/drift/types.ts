/**
 * Common shape of the streaming drift detectors. Each detector sees one
 * value per evaluation (e.g. one SLI sample every 15 minutes) and its whole
 * state round-trips through plain JSON, so it can be stored between runs.
 */

/** Names of the available detectors, used as the `kind` of their state. @public */
export type DriftDetectorKind = 'page-hinkley' | 'adwin' | 'kswin';

/** Version of the serialised state layout; bump when it changes. @public */
export const DRIFT_STATE_VERSION = 1;

/**
 * A streaming drift detector.
 * @public
 */
export interface DriftDetector<
  S extends DriftDetectorState = DriftDetectorState,
> {
  /**
   * Feeds one value and returns whether drift is detected at this value.
   * Like river, a detector that fired resets itself on the next call.
   */
  update(x: number): boolean;
  /** Whether the last `update` detected drift. */
  readonly driftDetected: boolean;
  /**
   * The complete state as plain JSON data; restoring it gives a detector
   * whose further outputs are identical to this one's.
   */
  state(): S;
}

/** Fields every serialised detector state starts with. @public */
export interface DriftDetectorState {
  kind: DriftDetectorKind;
  version: typeof DRIFT_STATE_VERSION;
}
