/**
 * Which availability a node contributes to the composite: a measurement
 * when there is one, otherwise a distrusted published SLA, otherwise none.
 */

import { DependencyGraphNode } from './types';

/**
 * Absolute amount (0.1 percentage point) taken off a published SLA that no
 * measurement backs: 99.99% is used as 99.89%, 99.9% as 99.8%. Over a year
 * this assumes about 8.8 hours more downtime than the provider promises.
 * @public
 */
export const PUBLISHED_SLA_HAIRCUT = 0.001;

/**
 * Where a node's availability came from.
 * @public
 */
export type AvailabilitySource = 'observed' | 'published-sla' | 'unknown';

/**
 * The availability a node contributes, and its provenance. `availability`
 * is absent when the source is `unknown`.
 * @public
 */
export interface ResolvedAvailability {
  availability?: number;
  source: AvailabilitySource;
}

/** Throws unless `value` is a number in [0, 1]. */
export function assertRatio(value: number, what: string): void {
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`${what} must be in [0, 1], got ${value}`);
  }
}

/**
 * The pessimistic reading of a published SLA: the SLA minus
 * {@link PUBLISHED_SLA_HAIRCUT}, never below 0.
 * @public
 */
export function adjustPublishedSla(publishedSla: number): number {
  assertRatio(publishedSla, 'published SLA');
  return Math.max(0, publishedSla - PUBLISHED_SLA_HAIRCUT);
}

/**
 * The availability used for a node: observed if given, else its published
 * SLA through {@link adjustPublishedSla}, else unknown. The rule is the same
 * for internal and external nodes; in practice only external ones publish
 * an SLA without being measured.
 * @public
 */
export function resolveAvailability(
  node: Pick<DependencyGraphNode, 'availability' | 'publishedSla'>,
): ResolvedAvailability {
  if (node.availability !== undefined) {
    assertRatio(node.availability, 'availability');
    return { availability: node.availability, source: 'observed' };
  }
  if (node.publishedSla !== undefined) {
    return {
      availability: adjustPublishedSla(node.publishedSla),
      source: 'published-sla',
    };
  }
  return { source: 'unknown' };
}
