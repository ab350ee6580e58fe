import { SloApi } from '../api';
import { activeSlo, errorBudget } from '../__fixtures__/errorBudget';
import { budgetHealth } from '../components/SloOverviewPage/__fixtures__/budgetHealth';
import {
  coverage,
  recommendationQuality,
} from '../components/SloOverviewPage/__fixtures__/dashboard';
import { drift } from '../components/SloOverviewPage/__fixtures__/drift';
import {
  cartCycle,
  lowRiskRule,
} from '../components/SloOverviewPage/__fixtures__/rulesAndCycles';
import { mockSloApi } from './fixtures';

/**
 * A mocked SloApi answering the entity card's and the overview page's
 * requests with the fixtures, for the tests of both frontend systems.
 */
export function fleetSloApi(overrides: Partial<SloApi> = {}) {
  return mockSloApi({
    getActiveSlo: jest.fn(async () => activeSlo),
    getErrorBudget: jest.fn(async () => errorBudget),
    getCoverage: jest.fn(async () => coverage),
    getBudgetHealth: jest.fn(async () => budgetHealth),
    getRecommendationQuality: jest.fn(async () => recommendationQuality),
    getRecentDrift: jest.fn(async () => drift),
    getCycles: jest.fn(async () => [cartCycle]),
    listAutoApprovalRules: jest.fn(async () => [lowRiskRule]),
    ...overrides,
  });
}
