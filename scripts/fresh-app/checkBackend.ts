/*
 * Backend half of the fresh-app check: the SLO plugin installed from its
 * tarball answers readiness with the fresh app's own database and our
 * Prometheus, and lists the components and resources of the fresh app's
 * example catalog.
 *
 * Usage: checkBackend.ts <backend url> <app dir>
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { getAsGuest, retry, waitForUrl } from './http';

// Catalog processing and the engine's first catalog sync (15 s after
// start) take a while on a busy 2-core machine.
const CATALOG_TIMEOUT_MS = 3 * 60_000;

/** Refs of the example entities the engine tracks (components, resources). */
function expectedRefs(appDir: string): string[] {
  const text = readFileSync(join(appDir, 'examples', 'entities.yaml'), 'utf8');
  const refs = parseAllDocuments(text)
    .map(doc => doc.toJS())
    .filter(e => e && ['Component', 'Resource'].includes(e.kind))
    .map(
      e =>
        `${e.kind.toLowerCase()}:${e.metadata.namespace ?? 'default'}/${
          e.metadata.name
        }`,
    );
  if (refs.length === 0) {
    throw new Error('examples/entities.yaml has no component or resource');
  }
  return refs;
}

async function checkReadiness(backendUrl: string) {
  const res = await waitForUrl(`${backendUrl}/api/slo/health/ready`, {
    timeoutMs: 60_000,
    statuses: [200, 503],
  });
  const report = await res.json();
  if (res.status !== 200 || report.status !== 'ok') {
    throw new Error(
      `/api/slo/health/ready answered ${res.status}: ${JSON.stringify(report)}`,
    );
  }
  console.log(
    `readiness ok: ${Object.keys(report.checks).join(', ')} checks pass`,
  );
}

async function listedRefs(backendUrl: string): Promise<string[]> {
  const refs: string[] = [];
  let cursor: string | undefined;
  do {
    const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
    const page = await getAsGuest(backendUrl, `/api/slo/services${query}`);
    refs.push(...page.items.map((s: { entityRef: string }) => s.entityRef));
    cursor = page.nextCursor;
  } while (cursor);
  return refs;
}

async function main([backendUrl, appDir]: string[]) {
  if (!backendUrl || !appDir) {
    throw new Error('usage: checkBackend.ts <backend url> <app dir>');
  }
  await checkReadiness(backendUrl);
  const expected = expectedRefs(appDir);
  const listed = await retry(
    async () => {
      const refs = await listedRefs(backendUrl);
      const missing = expected.filter(ref => !refs.includes(ref));
      if (missing.length > 0) {
        throw new Error(
          `GET /api/slo/services lacks ${missing.join(', ')} (lists ${
            refs.join(', ') || 'nothing'
          })`,
        );
      }
      return refs;
    },
    { timeoutMs: CATALOG_TIMEOUT_MS, intervalMs: 5_000 },
  );
  console.log(`GET /api/slo/services lists ${listed.join(', ')}`);
}

main(process.argv.slice(2)).catch(e => {
  console.error(`backend check failed: ${e.message}`);
  process.exit(1);
});
