/*
 * The organisation dashboard and drift detection as the demo runs them:
 * the first dashboard refresh covers the demo catalog, and the drift job's
 * events are served.
 */
import { sloGet } from './sloApi';

interface Counts {
  entities: number;
  active_slo: number;
  awaiting_decision: number;
  without_slo: number;
}

const sum = (rows: Counts[]) => rows.reduce((n, r) => n + r.entities, 0);

export async function checkDashboard() {
  // app-config.yaml refreshes the dashboard 60 s after start, every 5 min.
  const deadline = Date.now() + 180_000;
  let coverage = await sloGet('/dashboard/coverage');
  while (coverage.computed_at === null && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 5_000));
    coverage = await sloGet('/dashboard/coverage');
  }
  if (coverage.computed_at === null) {
    throw new Error('the dashboard was not refreshed within 3 minutes');
  }
  const totals: Counts = coverage.totals;
  // The 22 components and resources of examples/ less the external
  // payment-gateway.
  if (totals.entities !== 21) {
    throw new Error(`coverage counts ${totals.entities} entities, not 21`);
  }
  if (
    totals.active_slo + totals.awaiting_decision + totals.without_slo !==
      totals.entities ||
    sum(coverage.by_team) !== totals.entities ||
    sum(coverage.by_criticality) !== totals.entities
  ) {
    throw new Error(`inconsistent coverage: ${JSON.stringify(coverage)}`);
  }
  const drift = await sloGet('/dashboard/drift?days=30');
  if (!Array.isArray(drift.events) || typeof drift.total !== 'number') {
    throw new Error(`unexpected drift body: ${JSON.stringify(drift)}`);
  }
  for (const path of [
    '/dashboard/error-budget-health',
    '/dashboard/recommendation-quality',
  ]) {
    const body = await sloGet(path);
    if (body.computed_at === null) throw new Error(`${path}: not refreshed`);
  }
}
