import { getCompoundEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ErrorBudgetResponse, SloBody } from '@slo-engine/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import {
  formatDate,
  formatDateTime,
  SLO_TAB_PATH,
  SloSection,
} from '../shared';
import { BudgetCardTable } from './BudgetCardTable';
import { budgetCardRows } from './budgetCardRows';

interface CardData {
  slo?: SloBody;
  budget?: ErrorBudgetResponse;
}

function subheader(slo: SloBody | undefined) {
  if (!slo) return undefined;
  const tier = slo.selected_tier ? `${slo.selected_tier} tier, ` : '';
  return `${tier}${slo.window_days}-day window, active since ${formatDate(
    slo.activated_at,
  )}`;
}

/**
 * A compact error budget card for the entity's overview tab: the active
 * SLO's targets, the budget left per SLI and its status, and a link to the
 * SLOs tab where everything else is.
 */
export function EntitySloCard() {
  const { entity } = useEntity();
  const sloApi = useApi(sloApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const tabPath = `${entityRoute(
    entityRouteParams(entity, { encodeParams: true }),
  )}/${SLO_TAB_PATH}`;

  const state = useAsyncRetry(async (): Promise<CardData> => {
    const ref = { kind, namespace, name };
    const [slo, budget] = await Promise.all([
      sloApi.getActiveSlo(ref),
      sloApi.getErrorBudget(ref),
    ]);
    return { slo, budget: slo ? budget : undefined };
  }, [sloApi, kind, namespace, name]);

  return (
    <SloSection<CardData>
      title="SLO and error budget"
      subheader={subheader(state.value?.slo)}
      what="the active SLO"
      state={state}
      empty={value =>
        value?.slo
          ? undefined
          : {
              title: 'No active SLO',
              description:
                'This entity has no SLO yet. Its SLOs tab shows the recommended tiers, to accept, modify or reject.',
              action: <Link to={tabPath}>Decide on the SLOs tab</Link>,
            }
      }
    >
      {({ slo, budget }) => (
        <>
          <BudgetCardTable rows={budgetCardRows(slo!, budget)} />
          {budget?.stale && (
            <Typography variant="body2" color="textSecondary">
              Figures from {formatDateTime(budget.computed_at)}:{' '}
              {budget.stale_reason ?? 'Prometheus could not be reached'}.
            </Typography>
          )}
          {!budget && (
            <Typography variant="body2" color="textSecondary">
              The budget is computed within 5 minutes of the SLO's activation.
            </Typography>
          )}
          <Box mt={2}>
            <Link to={tabPath}>
              Burn-down, alerts and history on the SLOs tab
            </Link>
          </Box>
        </>
      )}
    </SloSection>
  );
}
