import {
  DashboardBudgetHealthResponse,
  DashboardCoverageResponse,
  DashboardDriftResponse,
  DashboardRecommendationQualityResponse,
} from '@slo-engine/plugin-slo-common';
import { SloFleetFilter } from '../SloApi';
import { SloRequests } from './request';

export function getCoverage(
  requests: SloRequests,
  filter: SloFleetFilter = {},
): Promise<DashboardCoverageResponse> {
  return requests.json('GET', '/dashboard/coverage', { query: { ...filter } });
}

export function getBudgetHealth(
  requests: SloRequests,
  filter: SloFleetFilter & { limit?: number } = {},
): Promise<DashboardBudgetHealthResponse> {
  return requests.json('GET', '/dashboard/error-budget-health', {
    query: { ...filter },
  });
}

export function getRecommendationQuality(
  requests: SloRequests,
  filter: SloFleetFilter & { since?: string } = {},
): Promise<DashboardRecommendationQualityResponse> {
  return requests.json('GET', '/dashboard/recommendation-quality', {
    query: { ...filter },
  });
}

export function getRecentDrift(
  requests: SloRequests,
  filter: SloFleetFilter & { days?: number; limit?: number } = {},
): Promise<DashboardDriftResponse> {
  return requests.json('GET', '/dashboard/drift', { query: { ...filter } });
}
