import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Divider from '@material-ui/core/Divider';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { DocsHint, SloSection } from '../shared';
import { AlertReplayCard } from './AlertReplayCard';
import { AlertRulesExport } from './AlertRulesExport';
import { AlertsState, loadAlerts } from './loadAlerts';
import { SliAlerts } from './SliAlerts';

function emptyState(value: AlertsState | undefined) {
  if (value?.overview) return undefined;
  return {
    title: 'No active SLO, so no alerts',
    description: (
      <>
        Burn-rate alerts are generated from the active SLO. Accept a
        recommendation in the Decide section, then its rules appear here; see{' '}
        <DocsHint page="alerting.md" />.
      </>
    ),
  };
}

/**
 * Section 6 of the SLOs tab: the burn-rate alerts of the active SLO, the
 * rules to export, and (once there is an SLO) the replay of both modes.
 */
export function AlertsSection() {
  const { entity } = useEntity();
  const api = useApi(sloApiRef);
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const state = useAsyncRetry(
    () => loadAlerts(api, { kind, namespace, name }),
    [api, kind, namespace, name],
  );
  return (
    <Grid container spacing={3} direction="column">
      <Grid item>
        <SloSection
          title="Alerts"
          subheader="Multi-window burn-rate alerts of the active SLO"
          what="the alerts of the active SLO"
          state={state}
          empty={emptyState}
        >
          {({ overview, budget, budgetError }) => (
            <>
              {overview!.slis.map(sli => (
                <SliAlerts
                  key={sli.sli}
                  sli={sli}
                  budget={budget}
                  budgetError={budgetError}
                />
              ))}
              {overview!.notes.map(note => (
                <Typography key={note} variant="body2" color="textSecondary">
                  {note}
                </Typography>
              ))}
              <Divider style={{ margin: '16px 0' }} />
              <AlertRulesExport
                entity={{ kind, namespace, name }}
                formats={overview!.export_formats}
              />
            </>
          )}
        </SloSection>
      </Grid>
      {state.value?.overview && (
        <Grid item>
          <AlertReplayCard entity={{ kind, namespace, name }} />
        </Grid>
      )}
    </Grid>
  );
}
