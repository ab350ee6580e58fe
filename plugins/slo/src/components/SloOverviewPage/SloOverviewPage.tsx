import { Content, Header, Page } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { AutoApprovalRulesPanel } from './AutoApprovalRulesPanel';
import { BudgetHealthPanel } from './BudgetHealthPanel';
import { CoveragePanel } from './CoveragePanel';
import { CyclesPanel } from './CyclesPanel';
import { DriftPanel } from './DriftPanel';
import { FleetFilterBar } from './FleetFilterBar';
import { RecommendationQualityPanel } from './RecommendationQualityPanel';
import { useFleetFilter } from './useFleetFilter';

/**
 * The SLO overview page for platform teams: coverage, error budget health,
 * recommendation quality, drift, open cycles and auto-approval rules across
 * the organisation, filtered by team and system. Each panel loads on its
 * own, so one failing endpoint does not blank the page.
 */
export function SloOverviewPage() {
  const { filter } = useFleetFilter();
  return (
    <Page themeId="tool">
      <Header
        title="Service level objectives"
        subtitle="SLO coverage, error budgets and recommendations across the organisation"
      />
      <Content>
        <FleetFilterBar />
        <Grid container spacing={3} alignItems="stretch">
          <Grid item xs={12}>
            <CoveragePanel filter={filter} />
          </Grid>
          <Grid item xs={12}>
            <BudgetHealthPanel filter={filter} />
          </Grid>
          <Grid item xs={12} lg={6}>
            <RecommendationQualityPanel filter={filter} />
          </Grid>
          <Grid item xs={12} lg={6}>
            <CyclesPanel filter={filter} />
          </Grid>
          <Grid item xs={12}>
            <DriftPanel filter={filter} />
          </Grid>
          <Grid item xs={12}>
            <AutoApprovalRulesPanel filter={filter} />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
