import { Adwin } from './adwin';
import { Kswin } from './kswin';
import { PageHinkley } from './pageHinkley';
import { DriftDetector } from './types';

/**
 * Restores any detector from its stored state, dispatching on `kind`;
 * throws RangeError when the state is not one a detector produced.
 * @public
 */
export function restoreDriftDetector(state: unknown): DriftDetector {
  const kind =
    typeof state === 'object' && state !== null
      ? (state as { kind?: unknown }).kind
      : undefined;
  switch (kind) {
    case 'page-hinkley':
      return PageHinkley.restore(state);
    case 'adwin':
      return Adwin.restore(state);
    case 'kswin':
      return Kswin.restore(state);
    default:
      throw new RangeError(
        `invalid drift detector state: unknown kind ${JSON.stringify(kind)}`,
      );
  }
}
