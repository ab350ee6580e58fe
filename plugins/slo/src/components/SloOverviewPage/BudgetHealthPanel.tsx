import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  DashboardBudgetHealthResponse,
  ERROR_BUDGET_STATUSES,
} from '@slo-engine/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { BudgetStatus, DocsHint, SloSection } from '../shared';
import { BudgetConsumptionTable } from './BudgetConsumptionTable';
import { ClosestToExhaustionTable } from './ClosestToExhaustionTable';
import { FleetFilterValues, toSloFleetFilter } from './fleetFilter';
import { computedAt, noMatch, NOT_COMPUTED_YET } from './overviewEmptyStates';

/** How many entity/SLI pairs closest to exhaustion the panel lists. */
const CLOSEST_LIMIT = 10;

function StatusCounts(props: { value: DashboardBudgetHealthResponse }) {
  const { value } = props;
  return (
    <ul aria-label="SLIs by budget status" style={{ paddingLeft: 0 }}>
      {ERROR_BUDGET_STATUSES.map(status => (
        <li key={status} style={{ display: 'inline-block', marginRight: 16 }}>
          <BudgetStatus status={status} />: {value.by_status[status] ?? 0}
        </li>
      ))}
    </ul>
  );
}

/** How much error budget is spent, and who is closest to running out. */
export function BudgetHealthPanel(props: { filter: FleetFilterValues }) {
  const { team, system } = props.filter;
  const sloApi = useApi(sloApiRef);
  const state = useAsyncRetry(
    () =>
      sloApi.getBudgetHealth({
        ...toSloFleetFilter({ team, system }),
        limit: CLOSEST_LIMIT,
      }),
    [sloApi, team, system],
  );

  return (
    <SloSection<DashboardBudgetHealthResponse>
      title="Error budget health"
      subheader={computedAt(state.value?.computed_at)}
      what="the error budget health"
      state={state}
      empty={value => {
        if (!value?.computed_at) return NOT_COMPUTED_YET;
        if (value.entities_with_active_slo > 0) return undefined;
        if (team || system) return noMatch('active SLOs', { team, system });
        return {
          title: 'No entity has an active SLO yet',
          description: (
            <>
              Budgets are tracked once an owner accepts a recommendation on the
              entity's SLOs tab, or an auto-approval rule does. See{' '}
              <DocsHint page="error-budgets.md" />.
            </>
          ),
        };
      }}
    >
      {value => (
        <>
          <Typography variant="body1" paragraph>
            {value.slis} SLIs of {value.entities_with_active_slo} entities with
            an active SLO.
            {value.entities_without_snapshot > 0 &&
              ` ${value.entities_without_snapshot} have no budget yet: it is computed within 5 minutes of a decision.`}
          </Typography>
          <StatusCounts value={value} />
          <Grid container spacing={2}>
            <Grid item xs={12} md={5}>
              <BudgetConsumptionTable buckets={value.consumption} />
            </Grid>
            <Grid item xs={12} md={7}>
              {value.closest_to_exhaustion.length > 0 ? (
                <ClosestToExhaustionTable pairs={value.closest_to_exhaustion} />
              ) : (
                <Typography variant="body2">
                  No SLI has budget figures yet to rank.
                </Typography>
              )}
            </Grid>
          </Grid>
        </>
      )}
    </SloSection>
  );
}
