import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  ErrorBudgetBurnDownResponse,
  ErrorBudgetSliBody,
  ErrorBudgetThresholdsBody,
} from '@slo-engine/plugin-slo-common';
import { ReactNode } from 'react';
import {
  BudgetStatus,
  DocsHint,
  formatCount,
  formatMinutes,
  formatRatio,
  sliLabel,
} from '../shared';
import { BudgetGauge } from './BudgetGauge';
import { BurnDownChart } from './BurnDownChart';
import { exhaustionText, remainingShare } from './budgetText';

function Fact(props: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="subtitle2">
        {props.term}
      </Typography>
      <Typography component="dd" variant="body2" style={{ marginLeft: 0 }}>
        {props.children}
      </Typography>
    </>
  );
}

function eventsText(sli: ErrorBudgetSliBody, count: number | null): string {
  if (count === null || sli.allowed_events === null) return 'no data';
  return `${formatCount(count)} of ${formatCount(
    sli.allowed_events,
  )} bad events allowed`;
}

/** One SLI's budget: gauge, numbers, projected exhaustion and burn-down. */
export function SliBudget(props: {
  sli: ErrorBudgetSliBody;
  thresholds: ErrorBudgetThresholdsBody;
  burnDown?: ErrorBudgetBurnDownResponse;
}) {
  const { sli, thresholds, burnDown } = props;
  const label = sliLabel(sli.sli);
  const history = burnDown?.slis.find(s => s.sli === sli.sli);
  const minutes = (value: number | null) =>
    value === null ? 'no data' : formatMinutes(value);
  return (
    <Box component="section" aria-label={`${label} error budget`} mb={3}>
      <Typography variant="h6" component="h3">
        {label}: {formatRatio(sli.objective, 3)} over {sli.window_days} days
      </Typography>
      <BudgetStatus status={sli.status} thresholds={thresholds} />
      <Grid container spacing={2} alignItems="center">
        <Grid item xs={12} sm={4} md={3}>
          <BudgetGauge
            sli={label}
            remaining={remainingShare(sli)}
            status={sli.status}
          />
        </Grid>
        <Grid item xs={12} sm={8} md={9}>
          <dl style={{ margin: 0 }}>
            <Fact term="Remaining">
              {minutes(sli.remaining_minutes)} of{' '}
              {formatMinutes(sli.allowed_minutes)} of full outage (
              {eventsText(sli, sli.remaining_events)})
            </Fact>
            <Fact term="Spent">
              {minutes(sli.consumed_minutes)} (
              {eventsText(sli, sli.consumed_events)}, out of{' '}
              {sli.total_events === null ? 'no' : formatCount(sli.total_events)}{' '}
              events in the window)
            </Fact>
            <Fact term="Projected exhaustion">{exhaustionText(sli)}</Fact>
            {sli.note && <Fact term="Note">{sli.note}</Fact>}
          </dl>
        </Grid>
      </Grid>
      {history && burnDown ? (
        <BurnDownChart
          sli={history}
          windowStart={burnDown.window_start}
          windowEnd={burnDown.window_end}
        />
      ) : (
        <Typography variant="body2">
          No burn-down yet: the <code>slo-error-budgets</code> task records one
          point per hour of the window once it runs (see{' '}
          <DocsHint
            page="error-budgets.md"
            anchor="burn-down-and-the-ideal-line"
          />
          ).
        </Typography>
      )}
    </Box>
  );
}
