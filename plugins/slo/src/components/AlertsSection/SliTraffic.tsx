import Typography from '@material-ui/core/Typography';
import {
  AlertSliOverview,
  ErrorBudgetResponse,
} from '@slo-engine/plugin-slo-common';
import { SloErrorPanel } from '../SloErrorPanel';
import { TrafficChart } from './TrafficChart';
import { liveEventsByWindow } from './trafficData';

/** The traffic behind the dynamic thresholds, or why it is missing. */
export function SliTraffic(props: {
  sli: AlertSliOverview;
  label: string;
  budget?: ErrorBudgetResponse;
  budgetError?: Error;
}) {
  const { sli, label, budget, budgetError } = props;
  if (budgetError) {
    return (
      <SloErrorPanel
        error={budgetError}
        what="the traffic behind the dynamic thresholds"
      />
    );
  }
  const sliBudget = budget?.slis.find(s => s.sli === sli.sli);
  const total = sliBudget?.total_events;
  if (total === undefined || total === null) {
    return (
      <Typography variant="body2">
        No traffic data for {label}: Prometheus has no series for it over the
        SLO window, so the dynamic thresholds cannot be shown.
      </Typography>
    );
  }
  if (total === 0) {
    return (
      <Typography variant="body2">
        No events in the last {sli.window_days} days: without traffic no dynamic
        threshold is defined and no pair can fire.
      </Typography>
    );
  }
  return (
    <TrafficChart
      sli={sli}
      label={label}
      totalEvents={total}
      live={liveEventsByWindow(sliBudget)}
    />
  );
}
