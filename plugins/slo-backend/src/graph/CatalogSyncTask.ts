import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityToNode, NODE_KINDS } from './entityToNode';
import { GraphNode, NodeSyncResult } from './GraphNode';
import { GraphNodeStore } from './GraphNodeStore';

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.type',
  'spec.lifecycle',
  'relations',
];

/**
 * Reads every component and resource from the catalog with the plugin's own
 * credentials and makes the engine's node list match it.
 */
export class CatalogSyncTask {
  static readonly id = 'slo-catalog-sync';

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    store: GraphNodeStore;
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
    private readonly store: GraphNodeStore,
    private readonly logger: LoggerService,
  ) {}

  async run(): Promise<NodeSyncResult> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const nodes: GraphNode[] = [];
    for await (const page of this.catalog.streamEntities(
      { filter: { kind: NODE_KINDS }, fields: FIELDS },
      { credentials },
    )) {
      for (const entity of page) nodes.push(entityToNode(entity));
    }
    const result = await this.store.replaceCatalogNodes(nodes);
    this.logger.info(
      `Catalog sync: ${nodes.length} entities, ${result.inserted} inserted, ` +
        `${result.updated} updated, ${result.deleted} deleted, ${result.unchanged} unchanged`,
    );
    return result;
  }
}
