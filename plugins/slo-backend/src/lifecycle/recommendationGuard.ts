import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { RECOMMENDATIONS } from './rows';

/** The part of a stored recommendation a decision needs. */
export interface DecidableRecommendation {
  id: string;
  entityRef: string;
  body: unknown;
}

interface RawRow {
  id: string;
  entity_ref: string;
  status: string;
  body: string;
  expires_at: Date | string | number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Statuses a decision may still be taken on; stale ones are within validity. */
const OPEN_STATUSES = ['active', 'stale'];

/** `component:default/x` as the API path `/services/component/default/x`. */
export function servicePath(entityRef: string): string {
  const [kind, rest] = entityRef.split(':', 2);
  return `/services/${kind}/${rest}`;
}

function freshOne(entityRef: string): string {
  return `fetch a fresh one with GET ${servicePath(
    entityRef,
  )}/slo-recommendations?force_regenerate=true and decide on it`;
}

/**
 * Loads the recommendation a decision names and checks that it belongs to
 * the entity and is still open. Every refusal says what to do instead.
 */
export async function loadDecidableRecommendation(
  tx: Knex.Transaction,
  id: string,
  entityRef: string,
  now: Date,
): Promise<DecidableRecommendation> {
  // PostgreSQL refuses to compare a uuid column with other text.
  const row: RawRow | undefined = UUID.test(id)
    ? await tx(RECOMMENDATIONS)
        .where({ id })
        .first('id', 'entity_ref', 'status', 'body', 'expires_at')
    : undefined;
  if (!row || row.entity_ref !== entityRef) {
    throw new NotFoundError(
      `recommendation ${id} does not exist for ${entityRef}; get one with GET ${servicePath(
        entityRef,
      )}/slo-recommendations and decide on its recommendation_id`,
    );
  }
  const expiresAt = new Date(row.expires_at);
  if (row.status === 'superseded') {
    throw new ConflictError(
      `recommendation ${id} was superseded by a newer recommendation; ${freshOne(
        entityRef,
      )}`,
    );
  }
  if (row.status === 'expired' || expiresAt.getTime() <= now.getTime()) {
    throw new ConflictError(
      `recommendation ${id} expired at ${expiresAt.toISOString()}; ${freshOne(
        entityRef,
      )}`,
    );
  }
  if (!OPEN_STATUSES.includes(row.status)) {
    throw new ConflictError(
      `recommendation ${id} was already ${row.status}; see GET ${servicePath(
        entityRef,
      )}/slo-history, or ${freshOne(entityRef)}`,
    );
  }
  return { id: row.id, entityRef: row.entity_ref, body: JSON.parse(row.body) };
}

/**
 * Closes the recommendation. The status guard makes a concurrent decision
 * on the same recommendation wait for this transaction and then match no row.
 */
export async function closeRecommendation(
  tx: Knex.Transaction,
  id: string,
  status: 'accepted' | 'rejected',
): Promise<void> {
  const updated = await tx(RECOMMENDATIONS)
    .where({ id })
    .whereIn('status', OPEN_STATUSES)
    .update({ status });
  if (updated !== 1) {
    throw new ConflictError(
      `recommendation ${id} was decided by someone else a moment ago; reload the SLO history and try again`,
    );
  }
}
