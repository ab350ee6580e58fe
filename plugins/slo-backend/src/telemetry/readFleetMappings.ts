import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readCatalogNodes } from '../catalog/readCatalogNodes';
import { EntityTelemetryMapping, mapEntityTelemetry } from './metricMapping';
import { TelemetryMappingConfig } from './readTelemetryConfig';

/**
 * The telemetry mapping of every catalog component and resource, keyed by
 * the lower-cased ref the engine's records use. Entities whose annotations
 * do not map are included as failures, so callers can report them.
 */
export async function readFleetMappings(deps: {
  catalog: CatalogService;
  auth: AuthService;
  mapping: TelemetryMappingConfig;
}): Promise<EntityTelemetryMapping[]> {
  const entities = await readCatalogNodes(deps, [
    'kind',
    'metadata.namespace',
    'metadata.name',
    'metadata.annotations',
    'spec.type',
  ]);
  return entities.map(e => {
    const m = mapEntityTelemetry(e, deps.mapping);
    return { ...m, entityRef: m.entityRef.toLocaleLowerCase('en-US') };
  });
}
