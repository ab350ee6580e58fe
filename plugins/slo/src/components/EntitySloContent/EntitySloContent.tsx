import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { AlertsSection } from '../AlertsSection';
import { DecideSection } from '../DecideSection';
import { DependencyGraphSection } from '../DependencyGraphSection';
import { EntityStatusCard } from '../EntityStatusCard';
import { ErrorBudgetSection } from '../ErrorBudgetSection';
import { HistorySection } from '../HistorySection';
import { ReadinessCard } from '../ReadinessCard';
import { RecommendationSection } from '../RecommendationSection';
import { useRecommendation } from '../shared';
import { WhatIfSection } from '../WhatIfSection';
import { WhySection } from '../WhySection';

/**
 * Body of the "SLOs" tab of an entity page, in the order an owner needs
 * it: what is recommended and why, what it depends on, the decision, then
 * the active SLO with its budget, alerts, what-if and history. Each
 * section loads its own data, so a failing one does not hide the others;
 * the first three share one recommendation request.
 */
export function EntitySloContent() {
  const recommendation = useRecommendation();
  // A decision changes the active SLO: the sections that show it reload.
  const [decisions, setDecisions] = useState(0);
  const afterDecision = `decisions-${decisions}`;
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12}>
        <RecommendationSection recommendation={recommendation} />
      </Grid>
      <Grid item xs={12}>
        <WhySection recommendation={recommendation} />
      </Grid>
      <Grid item xs={12}>
        <DependencyGraphSection />
      </Grid>
      <Grid item xs={12}>
        <DecideSection
          recommendation={recommendation}
          onDecided={() => setDecisions(n => n + 1)}
        />
      </Grid>
      <Grid item xs={12}>
        <ErrorBudgetSection key={afterDecision} />
      </Grid>
      <Grid item xs={12}>
        <AlertsSection key={afterDecision} />
      </Grid>
      <Grid item xs={12}>
        <WhatIfSection />
      </Grid>
      <Grid item xs={12}>
        <HistorySection key={afterDecision} />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityStatusCard />
      </Grid>
      <Grid item xs={12} md={6}>
        <ReadinessCard />
      </Grid>
    </Grid>
  );
}
