import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { BurnRateType, SLO_ANNOTATIONS } from '@slo-engine/plugin-slo-common';
import type { AlertingConfig } from '../../config/readAlertingConfig';
import type { GraphNode } from '../../graph/GraphNode';
import type { StoredSlo } from '../../lifecycle/types';
import {
  bucketSelector,
  isMappingFailure,
  mapEntityTelemetry,
} from '../../telemetry/metricMapping';
import type { TelemetryMappingConfig } from '../../telemetry/readTelemetryConfig';
import { buildAlertSpecs } from './buildAlertSpecs';
import type { HistogramBucketReader } from './HistogramBucketReader';
import type { AlertSpecSource, EntitySloSpecs, FleetFilter } from './types';

export interface ActiveSloSpecResolverDeps {
  slos: {
    activeSlo(entityRef: string): Promise<StoredSlo | undefined>;
    listActive(options?: { entityRefs?: string[] }): Promise<StoredSlo[]>;
  };
  graph: {
    getNode(ref: string): Promise<GraphNode | undefined>;
    listNodes(filter: {
      owner?: string;
      system?: string;
      limit: number;
    }): Promise<GraphNode[]>;
  };
  /** Catalog entities in the order asked, undefined where missing. */
  loadEntities(refs: string[]): Promise<Array<Entity | undefined>>;
  telemetry: TelemetryMappingConfig;
  alerting: AlertingConfig;
  buckets: Pick<HistogramBucketReader, 'read'>;
  logger: LoggerService;
}

const FLEET_NODE_LIMIT = 1_000_000;

/** An entity's burn-rate type: its annotation, else the configured default. */
export function burnRateTypeOf(
  entity: Entity,
  fallback: BurnRateType,
): BurnRateType {
  const raw = entity.metadata.annotations?.[SLO_ANNOTATIONS.burnRateType];
  if (raw === undefined) return fallback;
  const value = raw.trim().toLocaleLowerCase('en-US');
  if (value === 'static' || value === 'dynamic') return value;
  throw new InputError(
    `${stringifyEntityRef(entity)}: annotation ${
      SLO_ANNOTATIONS.burnRateType
    } is "${raw}"; use static or dynamic`,
  );
}

/**
 * Alert specs of active SLOs: the SLO from the store, series selectors from
 * the entity's annotations and the telemetry config, owner and system from
 * the graph, histogram boundaries from Prometheus.
 */
export class ActiveSloSpecResolver implements AlertSpecSource {
  constructor(private readonly deps: ActiveSloSpecResolverDeps) {}

  async specsFor(entityRef: string): Promise<EntitySloSpecs> {
    const slo = await this.deps.slos.activeSlo(entityRef);
    if (!slo) {
      throw new NotFoundError(
        `${entityRef} has no active SLO: accept or modify one of its recommendations first`,
      );
    }
    const [entity] = await this.deps.loadEntities([entityRef]);
    if (!entity) {
      throw new NotFoundError(`${entityRef} is not in the catalog`);
    }
    const node = await this.deps.graph.getNode(entityRef);
    return this.resolve(slo, entity, node);
  }

  async specsForFleet(filter: FleetFilter = {}): Promise<EntitySloSpecs[]> {
    let active = await this.deps.slos.listActive();
    const nodes = new Map<string, GraphNode>();
    const filtered = Boolean(filter.owner || filter.system);
    const listed = await this.deps.graph.listNodes({
      ...filter,
      limit: FLEET_NODE_LIMIT,
    });
    for (const n of listed) nodes.set(n.entityRef, n);
    if (filtered) active = active.filter(s => nodes.has(s.entityRef));
    const entities = await this.deps.loadEntities(active.map(s => s.entityRef));
    const result: EntitySloSpecs[] = [];
    for (const [i, slo] of active.entries()) {
      const entity = entities[i];
      if (!entity) {
        this.deps.logger.warn(
          `Active SLO ${slo.id} of ${slo.entityRef} left out of alert rules: the entity is not in the catalog`,
        );
        continue;
      }
      try {
        result.push(await this.resolve(slo, entity, nodes.get(slo.entityRef)));
      } catch (e) {
        this.deps.logger.warn(
          `Active SLO ${slo.id} of ${slo.entityRef} left out of alert rules: ${
            (e as Error).message
          }`,
        );
      }
    }
    return result;
  }

  private async resolve(
    slo: StoredSlo,
    entity: Entity,
    node: GraphNode | undefined,
  ): Promise<EntitySloSpecs> {
    const telemetry = mapEntityTelemetry(entity, this.deps.telemetry);
    if (isMappingFailure(telemetry)) {
      throw new InputError(
        `${slo.entityRef}: its telemetry annotations are invalid: ${telemetry.error}`,
      );
    }
    const hasLatency = Object.keys(slo.targets).some(k =>
      k.startsWith('latency_'),
    );
    const buckets = hasLatency
      ? await this.deps.buckets.read(bucketSelector(telemetry))
      : [];
    const { specs, notes } = buildAlertSpecs({
      slo,
      telemetry,
      owner: node?.owner,
      burnRateType: burnRateTypeOf(entity, this.deps.alerting.burnRateType),
      minTrafficEvents: this.deps.alerting.minTrafficEvents,
      backstageBaseUrl: this.deps.alerting.backstageBaseUrl,
      buckets,
    });
    return {
      entityRef: slo.entityRef,
      slo,
      ...(node?.owner ? { owner: node.owner } : {}),
      ...(node?.system ? { system: node.system } : {}),
      telemetry,
      specs,
      notes,
    };
  }
}
