import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  SliTypeQuery,
  SloRecommendationResponse,
} from '@slo-engine/plugin-slo-common';
import { useCallback, useRef } from 'react';
import useAsyncRetry, { AsyncStateRetry } from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../../api';

/**
 * The current entity's recommendation as `useAsyncRetry` state, plus
 * `regenerate()` which fetches it again bypassing the backend's cache.
 * @public
 */
export type RecommendationState = AsyncStateRetry<SloRecommendationResponse> & {
  regenerate: () => void;
};

/**
 * Loads the SLO recommendation of the entity in context. The Recommendation,
 * Why and Decide sections share one: call this once and pass the state to
 * each, or let each section call it.
 * @public
 */
export function useRecommendation(
  options: { sliType?: SliTypeQuery; lookbackDays?: number } = {},
): RecommendationState {
  const sloApi = useApi(sloApiRef);
  const { entity } = useEntity();
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const { sliType, lookbackDays } = options;
  // A ref rather than state: the flag must reach exactly the next fetch
  // without itself triggering one.
  const forceNext = useRef(false);
  const state = useAsyncRetry(() => {
    const forceRegenerate = forceNext.current;
    forceNext.current = false;
    return sloApi.getRecommendation(
      { kind, namespace, name },
      {
        sliType,
        lookbackDays,
        ...(forceRegenerate ? { forceRegenerate } : {}),
      },
    );
  }, [sloApi, kind, namespace, name, sliType, lookbackDays]);
  const { retry, loading } = state;
  const regenerate = useCallback(() => {
    if (loading) return;
    forceNext.current = true;
    retry();
  }, [retry, loading]);
  return { ...state, regenerate };
}
