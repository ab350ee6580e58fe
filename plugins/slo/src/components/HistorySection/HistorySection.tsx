import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { SloHistoryResponse } from '@slo-engine/plugin-slo-common';
import { useEffect, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { DocsHint, SloSection } from '../shared';
import { SloErrorPanel } from '../SloErrorPanel';
import { HistoryEventItem } from './HistoryEventItem';

/** Events per page; the backend allows 1 to 200. */
export const HISTORY_PAGE_SIZE = 20;

function emptyState(value: SloHistoryResponse | undefined) {
  if (!value || value.items.length > 0) return undefined;
  return {
    title: 'No SLO decisions yet',
    description: (
      <>
        The audit trail starts when a recommendation is accepted, modified or
        rejected in the Decide section, or an auto-approval rule accepts one;
        see <DocsHint page="lifecycle.md" />.
      </>
    ),
  };
}

/**
 * Section 8 of the SLOs tab: the entity's append-only audit trail, newest
 * first, with older pages loaded on demand through the backend's cursor.
 */
export function HistorySection() {
  const { entity } = useEntity();
  const api = useApi(sloApiRef);
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const first = useAsyncRetry(
    () =>
      api.getHistory({ kind, namespace, name }, { limit: HISTORY_PAGE_SIZE }),
    [api, kind, namespace, name],
  );
  const [older, setOlder] = useState<SloHistoryResponse[]>([]);
  const [more, setMore] = useState<{ loading: boolean; error?: Error }>({
    loading: false,
  });
  // A reload (retry, other entity) starts again from the newest page.
  useEffect(() => {
    setOlder([]);
    setMore({ loading: false });
  }, [first.value]);

  const pages = first.value ? [first.value, ...older] : [];
  const cursor = pages[pages.length - 1]?.next_cursor;

  async function loadOlder() {
    setMore({ loading: true });
    try {
      const page = await api.getHistory(
        { kind, namespace, name },
        { cursor, limit: HISTORY_PAGE_SIZE },
      );
      setOlder(previous => [...previous, page]);
      setMore({ loading: false });
    } catch (e) {
      setMore({ loading: false, error: e as Error });
    }
  }

  return (
    <SloSection
      title="History"
      subheader="Every decision and system event on this entity's SLO, newest first"
      what="the SLO history"
      state={first}
      empty={emptyState}
    >
      {() => (
        <>
          <ol
            aria-label="SLO audit trail"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {pages
              .flatMap(p => p.items)
              .map((event, i) => (
                <HistoryEventItem
                  key={event.id}
                  event={event}
                  divider={i > 0}
                />
              ))}
          </ol>
          {more.error && (
            <SloErrorPanel error={more.error} what="older audit events" />
          )}
          {cursor ? (
            <Button
              variant="outlined"
              onClick={loadOlder}
              disabled={more.loading}
            >
              {more.loading ? 'Loading older events…' : 'Load older'}
            </Button>
          ) : (
            <Typography variant="body2" color="textSecondary">
              This is the beginning of the audit trail.
            </Typography>
          )}
        </>
      )}
    </SloSection>
  );
}
