/*
 * Frontend half of the fresh-app check, in Debian's Chromium: the guest
 * signs in, the sidebar has the SLOs page, /slo renders it, and an example
 * component's entity page has the SLOs tab, which reads the backend.
 *
 * Usage: checkBrowser.ts <app url> <app dir> <screenshots dir>
 */
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { chromium, Page } from 'playwright-core';
import { parseAllDocuments } from 'yaml';

// The dev server compiles the bundle on the first request.
const FIRST_LOAD_TIMEOUT_MS = 3 * 60_000;
const STEP_TIMEOUT_MS = 60_000;

/** The first example Component: the SLOs tab must be on its page. */
function exampleComponent(appDir: string): string {
  const text = readFileSync(join(appDir, 'examples', 'entities.yaml'), 'utf8');
  const component = parseAllDocuments(text)
    .map(doc => doc.toJS())
    .find(e => e?.kind === 'Component');
  if (!component) throw new Error('examples/entities.yaml has no Component');
  return component.metadata.name;
}

/** Waits until no card shows a progress bar any more. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => document.querySelectorAll('[role="progressbar"]').length === 0,
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
}

async function signIn(page: Page, appUrl: string) {
  await page.goto(appUrl, { timeout: FIRST_LOAD_TIMEOUT_MS });
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.waitFor({ timeout: FIRST_LOAD_TIMEOUT_MS });
  await enter.click();
}

async function checkOverviewPage(page: Page, shot: (n: string) => unknown) {
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  const item = nav.getByRole('link', { name: 'SLOs', exact: true });
  await item.waitFor({ timeout: STEP_TIMEOUT_MS });
  await item.click();
  await page.waitForURL(/\/slo$/, { timeout: STEP_TIMEOUT_MS });
  await page
    .getByRole('heading', { name: 'Service level objectives' })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await settled(page);
  await shot('fresh-app-slo-overview.png');
  console.log('the sidebar has SLOs; /slo renders "Service level objectives"');
}

async function checkEntityTab(
  page: Page,
  appUrl: string,
  name: string,
  shot: (n: string) => unknown,
) {
  await page.goto(`${appUrl}/catalog/default/component/${name}`);
  // The entity page's tabs are links; the sidebar's SLOs link goes to /slo.
  // The overview tab's SLO card links to the same path ("Decide on the SLOs
  // tab") once it has loaded, so the text must be exactly the tab's label.
  const tab = page.locator(`a[href$="/component/${name}/slos"]`, {
    hasText: /^\s*SLOs\s*$/,
  });
  await tab.waitFor({ timeout: STEP_TIMEOUT_MS });
  await tab.click();
  await page.waitForURL(new RegExp(`/component/${name}/slos$`));
  // Both cards call the backend through the app's discovery and fetch
  // APIs, as the signed-in guest: the tab talks to the installed backend,
  // whose catalog sync knows the entity.
  for (const text of ['All checks pass', 'Known to the SLO engine']) {
    // first(): a card loading later may repeat the text (strict mode).
    await page.getByText(text).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  }
  await settled(page);
  await shot('fresh-app-entity-slos.png');
  console.log(
    `component ${name} has the SLOs tab: "All checks pass", "Known to the SLO engine"`,
  );
}

async function main([appUrl, appDir, screenshots]: string[]) {
  if (!appUrl || !appDir || !screenshots) {
    throw new Error('usage: checkBrowser.ts <app url> <app dir> <screenshots>');
  }
  mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
    ],
  });
  const page = await browser.newPage({
    viewport: { width: 1400, height: 1000 },
  });
  const shot = (name: string) =>
    page.screenshot({ path: join(screenshots, name), fullPage: true });
  try {
    await signIn(page, appUrl);
    await checkOverviewPage(page, shot);
    await checkEntityTab(page, appUrl, exampleComponent(appDir), shot);
  } catch (e) {
    await shot('fresh-app-failure.png').catch(() => undefined);
    throw e;
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).catch(e => {
  console.error(`browser check failed: ${e.message}`);
  process.exit(1);
});
