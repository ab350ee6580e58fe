/*
 * The lifecycle as a demo owner sees it: the guest accepts and modifies
 * the SLO of an entity its team owns, is refused on another team's
 * entity, and finds both decisions in the audit trail.
 */
import { sloCall, sloGet } from './sloApi';

const OWN = '/services/component/default/storefront-web';
const OTHER = '/services/component/default/checkout';

async function freshRecommendationId(service: string): Promise<string> {
  const rec = await sloGet(
    `${service}/slo-recommendations?force_regenerate=true`,
  );
  return rec.recommendation_id;
}

function expectStatus(
  what: string,
  actual: number,
  expected: number,
  body: unknown,
) {
  if (actual !== expected) {
    throw new Error(
      `${what} answered ${actual}, not ${expected}: ${JSON.stringify(body)}`,
    );
  }
}

export async function checkLifecycle() {
  const accepted = await sloCall('POST', `${OWN}/slos`, {
    action: 'accept',
    recommendation_id: await freshRecommendationId(OWN),
    selected_tier: 'balanced',
  });
  expectStatus('accepting storefront-web', accepted.status, 201, accepted.body);
  if (accepted.body.activated_by !== 'user:default/guest') {
    throw new Error(`the SLO was activated by ${accepted.body.activated_by}`);
  }

  const modified = await sloCall('POST', `${OWN}/slos`, {
    action: 'modify',
    recommendation_id: await freshRecommendationId(OWN),
    selected_tier: 'balanced',
    modifications: { availability_target: 99.5, window_days: 28 },
    rationale: 'smoke test: a looser target for the demo',
  });
  expectStatus('modifying storefront-web', modified.status, 201, modified.body);
  if (modified.body.source !== 'recommendation_modified') {
    throw new Error(`modify gave source ${modified.body.source}`);
  }

  const refused = await sloCall('POST', `${OTHER}/slos`, {
    action: 'accept',
    recommendation_id: await freshRecommendationId(OTHER),
    selected_tier: 'balanced',
  });
  expectStatus(
    "accepting another team's checkout",
    refused.status,
    403,
    refused.body,
  );
  if (!String(refused.body?.error?.message).includes('slo.entity.decide')) {
    throw new Error(
      `the 403 does not name the permission: ${JSON.stringify(refused.body)}`,
    );
  }

  const history = await sloGet(`${OWN}/slo-history`);
  const actions = history.items.map((e: { action: string }) => e.action);
  if (actions.slice(0, 2).join(',') !== 'modify,accept') {
    throw new Error(`audit trail of storefront-web is ${actions}`);
  }
}
