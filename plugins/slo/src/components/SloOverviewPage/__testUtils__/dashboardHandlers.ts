import { http, HttpResponse } from 'msw';
import { SLO_BASE_URL } from '../../../__testUtils__/renderSloSection';
import { budgetHealth } from '../__fixtures__/budgetHealth';
import { coverage, recommendationQuality } from '../__fixtures__/dashboard';
import { drift } from '../__fixtures__/drift';
import {
  cartCycle,
  lowRiskRule,
  searchCycle,
} from '../__fixtures__/rulesAndCycles';

/** Every endpoint of the overview page answering with the fixtures; records the queries. */
export function dashboardHandlers(requests: URL[] = []) {
  const answer =
    (body: unknown) =>
    ({ request }: { request: Request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json(body as Record<string, unknown>);
    };
  return [
    http.get(`${SLO_BASE_URL}/dashboard/coverage`, answer(coverage)),
    http.get(
      `${SLO_BASE_URL}/dashboard/error-budget-health`,
      answer(budgetHealth),
    ),
    http.get(
      `${SLO_BASE_URL}/dashboard/recommendation-quality`,
      answer(recommendationQuality),
    ),
    http.get(`${SLO_BASE_URL}/dashboard/drift`, answer(drift)),
    http.get(
      `${SLO_BASE_URL}/cycles`,
      answer({ items: [cartCycle, searchCycle] }),
    ),
    http.get(
      `${SLO_BASE_URL}/auto-approval-rules`,
      answer({ items: [lowRiskRule] }),
    ),
  ];
}
