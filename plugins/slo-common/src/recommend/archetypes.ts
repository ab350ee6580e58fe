/**
 * Service archetypes and their baseline targets, used for services without
 * enough history (cold start) and as the default fleet baseline.
 */

/** Archetype identifiers. @public */
export type ArchetypeId =
  | 'api-gateway'
  | 'backend-service'
  | 'external-integration';

/** Baseline targets of an archetype. @public */
export interface Archetype {
  id: ArchetypeId;
  label: string;
  /** Availability target as a ratio. */
  availability: number;
  /** p99 latency target in ms. */
  latencyP99Ms: number;
}

/** Baselines per archetype. @public */
export const ARCHETYPES: Readonly<Record<ArchetypeId, Archetype>> = {
  'api-gateway': {
    id: 'api-gateway',
    label: 'API gateway',
    availability: 0.9995,
    latencyP99Ms: 200,
  },
  'backend-service': {
    id: 'backend-service',
    label: 'backend service',
    availability: 0.999,
    latencyP99Ms: 500,
  },
  'external-integration': {
    id: 'external-integration',
    label: 'external integration',
    availability: 0.995,
    latencyP99Ms: 2000,
  },
};

/** Catalog entity fields used to pick an archetype. @public */
export interface ArchetypeEntity {
  kind: string;
  type?: string;
}

/** The chosen archetype and why. @public */
export interface ArchetypeChoice {
  archetype: Archetype;
  reason: string;
}

const GATEWAY_TYPES = [
  'gateway',
  'api-gateway',
  'website',
  'edge',
  'proxy',
  'ingress',
  'load-balancer',
  'bff',
];
const EXTERNAL_TYPES = [
  'external',
  'external-service',
  'third-party',
  'saas',
  'vendor',
];

function isArchetypeId(value: string): value is ArchetypeId {
  return Object.prototype.hasOwnProperty.call(ARCHETYPES, value);
}

/**
 * Picks an archetype: an explicit `hint` (an archetype id, e.g. from an
 * annotation) wins; then the entity `type` (edge-facing types such as
 * `website` or `gateway` → API gateway; `external`, `third-party`, `saas`
 * → external integration); then the kind (`Resource` → external
 * integration); anything else is a backend service.
 * @public
 */
export function chooseArchetype(
  entity: ArchetypeEntity,
  hint?: string,
): ArchetypeChoice {
  const normalisedHint = hint?.trim().toLowerCase();
  if (normalisedHint && isArchetypeId(normalisedHint)) {
    return {
      archetype: ARCHETYPES[normalisedHint],
      reason: `archetype set explicitly to ${normalisedHint}`,
    };
  }
  const type = entity.type?.trim().toLowerCase() ?? '';
  const kind = entity.kind.trim().toLowerCase();
  if (GATEWAY_TYPES.includes(type)) {
    return {
      archetype: ARCHETYPES['api-gateway'],
      reason: `entity type "${type}" faces clients like an API gateway`,
    };
  }
  if (EXTERNAL_TYPES.includes(type)) {
    return {
      archetype: ARCHETYPES['external-integration'],
      reason: `entity type "${type}" is run by a third party`,
    };
  }
  if (kind === 'resource') {
    return {
      archetype: ARCHETYPES['external-integration'],
      reason:
        'Resource entities are infrastructure the team consumes but does not run',
    };
  }
  return {
    archetype: ARCHETYPES['backend-service'],
    reason:
      type === 'service'
        ? 'entity type "service" is a backend service'
        : `no archetype matches ${entity.kind}${
            type ? `/${type}` : ''
          }; defaulting to backend service`,
  };
}
