import Grid from '@material-ui/core/Grid';
import { ActiveSloBudgetCard } from './ActiveSloBudgetCard';
import { SlaComplianceCard } from './SlaComplianceCard';

/**
 * Section 5 of the SLOs tab: the active SLO with its error budgets, and
 * the SLA compliance of recent months. Two cards with their own states, so
 * a missing SLA target does not hide the budget and vice versa.
 */
export function ErrorBudgetSection() {
  return (
    <Grid container spacing={3} direction="column">
      <Grid item>
        <ActiveSloBudgetCard />
      </Grid>
      <Grid item>
        <SlaComplianceCard />
      </Grid>
    </Grid>
  );
}
