import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { DocsHint, formatDateTime, SloSection } from '../shared';
import { ActiveSloSummary } from './ActiveSloSummary';
import { SliBudget } from './SliBudget';
import { StaleBadge } from './StaleBadge';
import { ActiveBudget, loadActiveBudget } from './loadActiveBudget';

function emptyState(value: ActiveBudget | undefined) {
  if (value?.slo) return undefined;
  return {
    title: 'No active SLO yet',
    description: (
      <>
        The error budget is computed from the active SLO. Accept, modify or
        reject a recommendation in the Decide section to activate one; see{' '}
        <DocsHint page="lifecycle.md" />.
      </>
    ),
  };
}

function BudgetBody(props: { value: ActiveBudget }) {
  const { slo, budget, burnDown } = props.value;
  return (
    <>
      <ActiveSloSummary slo={slo!} />
      <Divider style={{ margin: '16px 0' }} />
      {!budget ? (
        <Typography variant="body2">
          The SLO engine has no error budget for this SLO yet; it appears once
          Prometheus answers or the <code>slo-error-budgets</code> task has run
          (see <DocsHint page="error-budgets.md" />
          ).
        </Typography>
      ) : (
        <>
          {budget.stale && (
            <StaleBadge
              computedAt={budget.computed_at}
              reason={budget.stale_reason}
            />
          )}
          {budget.slis.map(sli => (
            <SliBudget
              key={sli.sli}
              sli={sli}
              thresholds={budget.thresholds}
              burnDown={burnDown}
            />
          ))}
          {budget.notes.map(note => (
            <Typography key={note} variant="body2" color="textSecondary">
              {note}
            </Typography>
          ))}
        </>
      )}
    </>
  );
}

/** The active SLO with the live error budget of each of its SLIs. */
export function ActiveSloBudgetCard() {
  const { entity } = useEntity();
  const api = useApi(sloApiRef);
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const state = useAsyncRetry(
    () => loadActiveBudget(api, { kind, namespace, name }),
    [api, kind, namespace, name],
  );
  const budget = state.value?.budget;
  return (
    <SloSection
      title="Active SLO and error budget"
      subheader={
        budget ? `Computed ${formatDateTime(budget.computed_at)}` : undefined
      }
      what="the active SLO and its error budget"
      state={state}
      empty={emptyState}
    >
      {value => <BudgetBody value={value} />}
    </SloSection>
  );
}
