import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  AlertSliOverview,
  ErrorBudgetResponse,
} from '@slo-engine/plugin-slo-common';
import { formatCount, formatRatio, sliLabel } from '../shared';
import { BurnRateTypeBadge } from './BurnRateTypeBadge';
import { SliTraffic } from './SliTraffic';
import { WindowPairsTable } from './WindowPairsTable';

const WINDOW_SOURCES = {
  'sre-workbook-30d': 'the SRE Workbook window pairs for 30 days',
  'pyrra-28d': "Pyrra's window pairs for 28 days",
  'scaled-from-28d': "Pyrra's 28-day window pairs scaled to this window",
};

/** One SLI's burn-rate alerts: mode, window pairs and traffic. */
export function SliAlerts(props: {
  sli: AlertSliOverview;
  budget?: ErrorBudgetResponse;
  budgetError?: Error;
}) {
  const { sli, budget, budgetError } = props;
  const label = sliLabel(sli.sli);
  return (
    <Box component="section" aria-label={`${label} alerts`} mb={3}>
      <Typography variant="h6" component="h3">
        {label}: {formatRatio(sli.objective, 3)} over {sli.window_days} days
      </Typography>
      <Typography variant="body2" component="div" paragraph>
        <BurnRateTypeBadge type={sli.burn_rate_type} />
      </Typography>
      <Typography variant="body2" paragraph>
        Alerts <code>{sli.alert_names.burn}</code> and{' '}
        <code>{sli.alert_names.absent}</code> (no data) with the label{' '}
        <code>slo="{sli.slo_name}"</code>, on{' '}
        {WINDOW_SOURCES[sli.window_source]}.
        {sli.min_traffic_events > 0 &&
          ` A pair stays silent while its long window holds fewer than ${formatCount(
            sli.min_traffic_events,
          )} events.`}
        {sli.bucket_note && ` ${sli.bucket_note}.`}
      </Typography>
      <WindowPairsTable sli={sli} label={label} />
      <SliTraffic
        sli={sli}
        label={label}
        budget={budget}
        budgetError={budgetError}
      />
    </Box>
  );
}
