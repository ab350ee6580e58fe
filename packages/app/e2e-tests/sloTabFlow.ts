/*
 * The SLOs tab and the overview page as a service owner uses them, in a
 * real browser against the demo: the guest (team-storefront) opens
 * product-catalog's tab, reads the three tiers, opens the dependency
 * graph, accepts the balanced tier, sees it become the active SLO and
 * enter the history, downloads the Prometheus rules and opens the
 * overview page. Each step leaves a screenshot.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Locator, Page } from 'playwright-core';

const ENTITY = 'product-catalog';

/** The card of the section whose title is `title`. */
function section(page: Page, title: string): Locator {
  return page
    .locator('.MuiCard-root')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
    .first();
}

export async function checkSloTabFlow(
  page: Page,
  appUrl: string,
  screenshots: string,
) {
  const shot = (name: string, target: Page | Locator = page) =>
    target.screenshot({ path: join(screenshots, name) });

  // 1. The three tiers, with numbers.
  await page.goto(`${appUrl}/catalog/default/component/${ENTITY}/slos`);
  const recommendation = section(page, 'Recommendation');
  await recommendation
    .getByRole('columnheader', { name: 'Balanced (recommended)' })
    .first()
    .waitFor({ timeout: 120_000 });
  for (const tier of ['Conservative', 'Aggressive']) {
    await recommendation
      .getByRole('columnheader', { name: tier })
      .first()
      .waitFor();
  }
  await recommendation
    .getByText(/\d\d\.\d+\s?%/)
    .first()
    .waitFor();
  await shot('1-recommendation.png', recommendation);

  // 2. The dependency graph: product-catalog reads its database and cache.
  const graph = section(page, 'Dependencies');
  await graph.scrollIntoViewIfNeeded();
  await graph.locator('.react-flow__node').first().waitFor();
  await graph
    .locator('.react-flow')
    .getByText('Catalog database')
    .first()
    .waitFor();
  await shot('2-dependencies.png', graph);

  // 3. Accept the balanced tier. Drift detection regenerates
  // product-catalog's recommendation a few minutes after the demo starts; if
  // that happens while the page is open, the backend refuses the stale
  // decision and the form offers a reload, as it would for any owner.
  const decide = section(page, 'Decide');
  await decide.scrollIntoViewIfNeeded();
  for (let attempt = 1; ; attempt++) {
    await decide
      .getByRole('radio', { name: /^Balanced: .*\(recommended\)$/ })
      .check();
    await decide.getByRole('radio', { name: 'Accept the tier' }).check();
    await decide.getByRole('button', { name: 'Accept balanced tier' }).click();
    const accepted = decide.getByText(
      'Balanced tier accepted: it is now the active SLO',
    );
    const superseded = decide.getByText(
      'The recommendation changed since this page loaded',
    );
    await accepted.or(superseded).first().waitFor({ timeout: 30_000 });
    if (await accepted.isVisible()) break;
    if (attempt === 3) {
      throw new Error('the recommendation kept changing under the decision');
    }
    await decide
      .getByRole('button', { name: 'Reload the recommendation' })
      .click();
    await superseded.waitFor({ state: 'hidden', timeout: 30_000 });
  }
  await shot('3-accepted.png', decide);

  // 4. It is the active SLO, and the history records it.
  const budget = section(page, 'Active SLO and error budget');
  await budget.scrollIntoViewIfNeeded();
  await budget
    .getByText(/\bguest\b/)
    .first()
    .waitFor({ timeout: 30_000 });
  const history = section(page, 'History');
  await history.scrollIntoViewIfNeeded();
  await history.getByText('Accepted the balanced tier').first().waitFor();
  await shot('4-active-slo.png', budget);
  await shot('5-history.png', history);

  // 5. Download the rules as a Prometheus rule file.
  const alerts = section(page, 'Alerts');
  await alerts.scrollIntoViewIfNeeded();
  await alerts
    .getByLabel('Export format')
    .selectOption({ label: 'Prometheus rule file' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alerts.getByRole('button', { name: 'Download' }).click(),
  ]);
  const file = readFileSync((await download.path())!, 'utf8');
  if (!/^groups:/m.test(file) || !file.includes(ENTITY)) {
    throw new Error(
      `the downloaded rules are not ${ENTITY}'s: ${file.slice(0, 200)}`,
    );
  }
  // The pointer rests where the Download button was: keep chart tooltips
  // out of the picture.
  await page.mouse.move(0, 0);
  await shot('6-alerts.png', alerts);
  await page.screenshot({
    path: join(screenshots, 'slo-tab.png'),
    fullPage: true,
  });

  // 6. The overview page, from the sidebar.
  await page.getByRole('link', { name: 'SLOs' }).first().click();
  await page
    .getByRole('heading', { name: 'Service level objectives' })
    .waitFor({ timeout: 30_000 });
  await page
    .getByRole('heading', { name: 'SLO coverage' })
    .waitFor({ timeout: 30_000 });
  await page
    .getByText(/\d+ of \d+ entities/)
    .first()
    .waitFor();
  await shot('7-overview.png');
}
