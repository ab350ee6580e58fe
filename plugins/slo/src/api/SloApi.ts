import { createApiRef } from '@backstage/core-plugin-api';
import {
  EntityPathParams,
  ReadinessReport,
  ServiceSummary,
} from '@slo-engine/plugin-slo-common';

/**
 * Client for the SLO backend (`/api/slo`).
 *
 * @public
 */
export interface SloApi {
  /**
   * Readiness of the SLO engine and of each dependency it needs (database,
   * Prometheus, metric sources). Resolves for a failing check too: the
   * report then has `status: 'error'` and the failing check's message.
   */
  getReadiness(): Promise<ReadinessReport>;

  /**
   * What the SLO engine knows about one catalog entity, or `undefined` when
   * the engine does not know the entity (yet).
   */
  getService(ref: EntityPathParams): Promise<ServiceSummary | undefined>;
}

/**
 * Reference to the {@link SloApi}.
 *
 * @public
 */
export const sloApiRef = createApiRef<SloApi>({
  id: 'plugin.slo.service',
});
