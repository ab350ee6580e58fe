import { LoggerService } from '@backstage/backend-plugin-api';
import { GraphStore } from '../graph/GraphStore';
import { RecommendationService } from './RecommendationService';

/** The request the SLOs tab makes first, so it finds a warm cache. */
export const DEFAULT_RECOMMENDATION_REQUEST = {
  sliType: 'all' as const,
  lookbackDays: 30,
  forceRegenerate: false,
};

export interface RefreshResult {
  entities: number;
  refreshed: number;
  failed: number;
}

/**
 * Makes sure every catalog component and resource has a current
 * recommendation: cached ones that are still valid are left alone, expired
 * or stale ones are regenerated. One failing entity does not stop the run.
 */
export class RecommendationRefreshTask {
  static readonly id = 'slo-recommendation-refresh';

  constructor(
    private readonly deps: {
      graph: GraphStore;
      recommendations: RecommendationService;
      logger: LoggerService;
    },
  ) {}

  async run(now: Date = new Date()): Promise<RefreshResult> {
    const { graph, recommendations, logger } = this.deps;
    const model = await graph.model();
    const refs = model.nodes
      .filter(n => !n.discovered && !n.external)
      .map(n => n.entityRef)
      .sort();
    let refreshed = 0;
    let failed = 0;
    for (const ref of refs) {
      try {
        const body = await recommendations.get(
          ref,
          DEFAULT_RECOMMENDATION_REQUEST,
          now,
        );
        if (body.stale) failed++;
        else if (new Date(body.generated_at).getTime() >= now.getTime()) {
          refreshed++;
        }
      } catch (e) {
        failed++;
        logger.warn(
          `Recommendation refresh failed for ${ref}: ${(e as Error).message}`,
        );
      }
    }
    logger.info(
      `Recommendation refresh: ${refs.length} entities, ${refreshed} regenerated, ${failed} failed or stale`,
    );
    return { entities: refs.length, refreshed, failed };
  }
}
