/*
 * End-to-end check of README command 1: starts `scripts/demo.sh` (with a
 * short history so it is quick, unless SLO_SMOKE_DAYS says otherwise), waits for the portal, and drives Debian's
 * Chromium through guest sign-in, the catalog and an entity's SLOs tab.
 * Run by scripts/test-all.sh; exits non-zero on failure.
 */
import { ChildProcess, spawn } from 'child_process';
import { mkdirSync, openSync, readFileSync } from 'fs';
import { join } from 'path';
import { chromium, Page } from 'playwright-core';
import { checkAlerting } from './alertingChecks';
import { checkDashboard } from './dashboardChecks';
import { checkLifecycle } from './lifecycleChecks';
import { checkSloTabFlow } from './sloTabFlow';
import { BACKEND_URL, sloGet } from './sloApi';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const APP_URL = 'http://localhost:3000';
const SCREENSHOTS = join(REPO_ROOT, '.demo', 'screenshots');
const LOG = join(REPO_ROOT, '.demo', 'demo-smoke.log');
const START_TIMEOUT_MS = 8 * 60_000;
// 3 days keep CI quick; `scripts/readme-screenshots.sh` runs the full 35.
const DEMO_DAYS = process.env.SLO_SMOKE_DAYS ?? '3';

async function waitFor(url: string, demo: ChildProcess, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (demo.exitCode !== null) {
      throw new Error(`scripts/demo.sh exited with ${demo.exitCode}`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise(r => setTimeout(r, 1_000));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

async function portIsFree(url: string) {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
}

async function checkPortal(page: Page) {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Enter' }).click();
  // Signed in once the catalog page (mounted at /) renders.
  await page.getByText('SLO Engine Demo Catalog').waitFor({ timeout: 60_000 });
  // The guest belongs to a team, so the catalog opens on "Owned"; ask for all.
  await page.goto(
    `${APP_URL}/?filters%5Bkind%5D=component&filters%5Buser%5D=all`,
  );
  const heading = page
    .getByRole('heading', { name: /All Components \(\d+\)/ })
    .filter({ visible: true })
    .first();
  await heading.waitFor({ timeout: 60_000 });
  const count = Number(
    /\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1],
  );
  if (!(count >= 15)) {
    throw new Error(
      `the catalog lists ${count} components, expected the demo's`,
    );
  }
  await page
    .locator('a[href$="/catalog/default/component/checkout"]')
    .first()
    .waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'catalog.png') });

  // The engine reads the catalog a few seconds after start; reload until
  // the entity is known.
  const deadline = Date.now() + 120_000;
  for (;;) {
    await page.goto(`${APP_URL}/catalog/default/component/checkout/slos`);
    await page.getByText('SLO engine status').waitFor({ timeout: 60_000 });
    const known = page
      .getByText('component:default/checkout')
      .filter({ visible: true })
      .first();
    try {
      await known.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
  // Database and Prometheus both reachable from the demo backend.
  await page.getByText('All checks pass').waitFor();
  await page.screenshot({
    path: join(SCREENSHOTS, 'slo-tab.png'),
    fullPage: true,
  });
}

async function retry(fn: () => Promise<void>, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await fn();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise(r => setTimeout(r, 3_000));
    }
  }
}

/** Recommendations computed from the demo telemetry, once it is aggregated. */
async function checkRecommendations() {
  const body = await sloGet(
    '/services/component/default/checkout/slo-recommendations',
  );
  if (body.data_quality.telemetry_status !== 'ok') {
    throw new Error(
      `checkout recommendation has telemetry ${body.data_quality.telemetry_status}`,
    );
  }
  const availability = body.recommendations.find(
    (r: { sli_type: string }) => r.sli_type === 'availability',
  );
  for (const tier of ['conservative', 'balanced', 'aggressive']) {
    if (!(availability?.tiers?.[tier]?.target > 0)) {
      throw new Error(`checkout has no ${tier} availability tier`);
    }
  }
}

/** The demo graph as the backend serves it to a signed-in guest. */
async function checkDependencyGraph() {
  const get = sloGet;
  const sub = await get(
    '/services/component/default/checkout/dependencies?direction=downstream&depth=3',
  );
  const edges = new Set(
    sub.edges.map((e: { from: string; to: string }) => `${e.from} ${e.to}`),
  );
  for (const expected of [
    'component:default/checkout component:default/payments',
    'component:default/payments component:default/payment-gateway',
    'component:default/orders component:default/inventory',
  ]) {
    if (!edges.has(expected)) {
      throw new Error(`the checkout subgraph lacks ${expected}`);
    }
  }
  const cycles = await get('/cycles?status=open');
  const members = cycles.items.map((c: { members: string[] }) =>
    [...c.members].sort().join(' '),
  );
  if (
    !members.includes('component:default/inventory component:default/orders')
  ) {
    throw new Error(`no open cycle alert for orders and inventory: ${members}`);
  }
}

async function main() {
  for (const url of [APP_URL, BACKEND_URL]) {
    if (!(await portIsFree(url))) {
      throw new Error(`${url} is already in use; stop what runs there first`);
    }
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`starting scripts/demo.sh (log: ${LOG})`);
  const demo = spawn('bash', ['scripts/demo.sh'], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', openSync(LOG, 'w'), openSync(LOG, 'a')],
    env: { ...process.env, SLO_DEMO_DAYS: DEMO_DAYS, BROWSER: 'none' },
  });
  const stopDemo = () => {
    try {
      process.kill(-demo.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stopDemo);

  try {
    await waitFor(
      `${BACKEND_URL}/api/slo/health/ready`,
      demo,
      START_TIMEOUT_MS,
    );
    await waitFor(APP_URL, demo, START_TIMEOUT_MS);
    // The engine reads the catalog a few seconds after the backend starts.
    await retry(checkDependencyGraph, 120_000);
    // The aggregation job starts 30 s after the backend; 35 days of history
    // take it a few minutes.
    await retry(checkRecommendations, 600_000);
    await checkLifecycle();
    await checkAlerting(REPO_ROOT);
    await checkDashboard();
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
      ],
    });
    try {
      const page = await browser.newPage({
        viewport: { width: 1400, height: 1000 },
      });
      await checkPortal(page)
        .then(() => checkSloTabFlow(page, APP_URL, SCREENSHOTS))
        .catch(async e => {
          await page.screenshot({ path: join(SCREENSHOTS, 'failure.png') });
          throw e;
        });
    } finally {
      await browser.close();
    }
    console.log(`demo smoke test passed; screenshots in ${SCREENSHOTS}`);
  } finally {
    stopDemo();
  }
}

main().catch(e => {
  try {
    const log = readFileSync(LOG, 'utf8').split('\n').slice(-40).join('\n');
    console.error(`last lines of ${LOG}:\n${log}`);
  } catch {
    // no log yet
  }
  console.error(`demo smoke test failed: ${e.message}`);
  process.exit(1);
});
