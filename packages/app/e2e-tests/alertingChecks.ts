/*
 * Alerting as the demo runs it: the SLO the lifecycle check activated is
 * exported as a rule file, and the backend's rule sync has loaded it into
 * the demo Prometheus, which evaluates it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { sloGet, sloText } from './sloApi';

const OWN = '/services/component/default/storefront-web';
const GROUP = 'component-default-storefront-web-availability:alerts';

interface RuleGroup {
  name: string;
  rules: Array<{ name: string; health: string; lastEvaluation: string }>;
}

/** The accepted SLO's error budget and SLA report are served. */
async function checkBudgetAndSla() {
  const budget = await sloGet(`${OWN}/slos/error-budget`);
  const availability = budget.slis.find(
    (s: { sli: string }) => s.sli === 'availability',
  );
  if (!availability || !(availability.allowed_events > 0)) {
    throw new Error(`no availability budget: ${JSON.stringify(budget)}`);
  }
  // storefront-web declares slo-engine.io/sla-target: '99.5'.
  const sla = await sloGet(`${OWN}/sla-report?months=1`);
  if (sla.target_percent !== 99.5 || sla.months.length < 1) {
    throw new Error(`unexpected SLA report: ${JSON.stringify(sla)}`);
  }
}

/** Evaluates an instant query in the demo Prometheus; one value expected. */
async function promValue(prometheus: string, query: string) {
  const url = `${prometheus}/api/v1/query?query=${encodeURIComponent(query)}`;
  const result = (await (await fetch(url)).json()).data?.result ?? [];
  return result.length === 1 ? Number(result[0].value[1]) : undefined;
}

/**
 * The demo Prometheus scrapes the generator's live feed into the backfilled
 * series, so the alerts' short windows have fresh samples.
 */
async function checkLiveFeed(prometheus: string) {
  const deadline = Date.now() + 60_000;
  let age: number | undefined;
  while (Date.now() < deadline) {
    const up = await promValue(prometheus, 'up{job="slo-demo-live-feed"}');
    age = await promValue(
      prometheus,
      'time() - max(timestamp(http_server_requests_total{service="storefront-web"}))',
    );
    if (up === 1 && age !== undefined && age < 60) return;
    await new Promise(r => setTimeout(r, 2_000));
  }
  throw new Error(`the live feed is not scraped: newest sample ${age} s old`);
}

export async function checkAlerting(repoRoot: string) {
  await checkBudgetAndSla();
  const file = await sloText(`${OWN}/slos/alerts?format=prometheus`);
  if (!file.includes(`name: ${GROUP}`)) {
    throw new Error(`the exported rule file has no group ${GROUP}`);
  }

  const prometheus = readFileSync(
    join(repoRoot, '.demo', 'prometheus-url'),
    'utf8',
  ).trim();
  await checkLiveFeed(prometheus);
  const deadline = Date.now() + 150_000;
  let seen = 'nothing';
  while (Date.now() < deadline) {
    const res = await fetch(`${prometheus}/api/v1/rules`);
    const groups: RuleGroup[] = (await res.json()).data.groups;
    const group = groups.find(g => g.name === GROUP);
    // Evaluated: every rule has run at least once, without errors.
    if (
      group &&
      group.rules.every(
        r => r.health === 'ok' && !r.lastEvaluation.startsWith('0001'),
      )
    ) {
      return;
    }
    seen = group
      ? JSON.stringify(group.rules.map(r => [r.name, r.health]))
      : `groups ${groups.map(g => g.name).join(', ') || 'none'}`;
    await new Promise(r => setTimeout(r, 2_000));
  }
  throw new Error(`Prometheus did not evaluate ${GROUP}; it has ${seen}`);
}
