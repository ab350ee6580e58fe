/** The SLO lifecycle of an entity: recommendation, decision, active SLO, audit trail. */
import {
  ActivationResponse,
  EntityPathParams,
  RejectionResponse,
  SloBody,
  SloDecision,
  SloHistoryResponse,
  SloRecommendationResponse,
} from '@slo-engine/plugin-slo-common';
import { SloApi } from '../SloApi';
import { servicePath, SloRequests } from './request';

export function getRecommendation(
  requests: SloRequests,
  ref: EntityPathParams,
  options: Parameters<SloApi['getRecommendation']>[1] = {},
): Promise<SloRecommendationResponse> {
  return requests.json('GET', `${servicePath(ref)}/slo-recommendations`, {
    query: {
      sli_type: options.sliType,
      lookback_days: options.lookbackDays,
      force_regenerate: options.forceRegenerate,
    },
  });
}

export function getActiveSlo(
  requests: SloRequests,
  ref: EntityPathParams,
): Promise<SloBody | undefined> {
  return requests.jsonOrUndefined(`${servicePath(ref)}/slos`);
}

export function decide(
  requests: SloRequests,
  ref: EntityPathParams,
  decision: SloDecision,
): Promise<ActivationResponse | RejectionResponse> {
  return requests.json('POST', `${servicePath(ref)}/slos`, { body: decision });
}

export function getHistory(
  requests: SloRequests,
  ref: EntityPathParams,
  options: Parameters<SloApi['getHistory']>[1] = {},
): Promise<SloHistoryResponse> {
  return requests.json('GET', `${servicePath(ref)}/slo-history`, {
    query: { cursor: options.cursor, limit: options.limit },
  });
}
