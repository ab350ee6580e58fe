import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogGraph } from './catalogGraph';
import { NODE_KINDS } from './entityToNode';
import { GraphStore } from './GraphStore';

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.lifecycle',
  'relations',
];

/**
 * Reads every component and resource from the catalog with the plugin's own
 * credentials and makes the engine's catalog nodes and edges match it.
 */
export class CatalogSyncTask {
  static readonly id = 'slo-catalog-sync';

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    store: GraphStore;
    logger: LoggerService;
  }): CatalogSyncTask {
    return new CatalogSyncTask(
      options.catalog,
      options.auth,
      options.store,
      options.logger,
    );
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly store: GraphStore,
    private readonly logger: LoggerService,
  ) {}

  async run() {
    const credentials = await this.auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    for await (const page of this.catalog.streamEntities(
      { filter: { kind: NODE_KINDS }, fields: FIELDS },
      { credentials },
    )) {
      entities.push(...page);
    }
    const { nodes, edges } = catalogGraph(entities, new Date());
    for (const node of nodes) {
      for (const issue of node.issues) {
        this.logger.warn(
          `Invalid SLO annotation on ${node.entityRef}: ${issue.annotation}: ${issue.message}`,
        );
      }
    }
    const result = await this.store.syncCatalog(nodes, edges);
    this.logger.info(
      `Catalog sync: ${nodes.length} entities, ${edges.length} edges; nodes ` +
        `${result.inserted} inserted, ${result.updated} updated, ${result.deleted} deleted, ` +
        `${result.unchanged} unchanged; ${
          result.changed ? `snapshot ${result.snapshotId}` : 'no change'
        }`,
    );
    return result;
  }
}
