import { parseEntityRefParts } from '@slo-engine/plugin-slo-common';

/**
 * Maps an ingestion service id to an entity ref: refs are lower-cased, a
 * plain name `checkout` becomes `component:default/checkout`.
 */
export function serviceIdToRef(serviceId: string): string {
  const parts = parseEntityRefParts(serviceId)!;
  return `${parts.kind}:${parts.namespace}/${parts.name}`.toLocaleLowerCase(
    'en-US',
  );
}
