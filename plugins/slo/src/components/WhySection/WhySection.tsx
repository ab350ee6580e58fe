import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import {
  availabilityOf,
  formatTarget,
  latencyOf,
  RecommendationFrame,
  RecommendationState,
  WithRecommendation,
} from '../shared';
import { AttributionChart } from './AttributionChart';
import { AttributionTable } from './AttributionTable';
import { attributionRows } from './attribution';
import { CounterfactualsTable } from './CounterfactualsTable';
import { DependencyImpactPanel } from './DependencyImpactPanel';

/** Props of {@link WhySection}. @public */
export interface WhySectionProps {
  /** A shared `useRecommendation()` state; loaded here when absent. */
  recommendation?: RecommendationState;
}

function Heading(props: { children: string }) {
  return (
    <Typography variant="h6" component="h3" gutterBottom>
      {props.children}
    </Typography>
  );
}

function Explanation(props: { body: SloRecommendationResponse }) {
  const availability = availabilityOf(props.body)!;
  const latency = latencyOf(props.body);
  const { explanation, tiers } = availability;
  const rows = attributionRows(explanation.feature_attribution);
  return (
    <>
      <Typography variant="body1" paragraph>
        {explanation.summary}
      </Typography>
      {latency && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {latency.explanation.summary}
        </Typography>
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} lg={7}>
          <Heading>Feature attribution</Heading>
          {rows.length ? (
            <>
              {rows.some(row => row.contributionPp !== 0) ? (
                <AttributionChart
                  rows={rows}
                  caption={`What moved the balanced target from the fleet baseline (${formatTarget(
                    explanation.fleet_baseline_target,
                  )}) to ${formatTarget(
                    tiers.balanced.target,
                  )}, in percentage points (Shapley values).`}
                />
              ) : (
                <Typography variant="body2" paragraph>
                  Every feature equals the fleet baseline (
                  {formatTarget(explanation.fleet_baseline_target)}), so nothing
                  moved the balanced target from it: all Shapley values are 0.
                </Typography>
              )}
              <AttributionTable rows={rows} />
            </>
          ) : (
            <Typography variant="body2">
              No features were attributed to this recommendation.
            </Typography>
          )}
        </Grid>
        <Grid item xs={12} lg={5}>
          <Heading>Dependency impact</Heading>
          <DependencyImpactPanel availability={availability} />
          <Box mt={3}>
            <Heading>Counterfactuals</Heading>
            {explanation.counterfactuals.length ? (
              <CounterfactualsTable items={explanation.counterfactuals} />
            ) : (
              <Typography variant="body2">
                No what-ifs apply: there is no bottleneck, traffic figure or
                worst day to change.
              </Typography>
            )}
          </Box>
        </Grid>
      </Grid>
    </>
  );
}

/**
 * Section 2 of the SLOs tab: why the engine recommends what it does. The
 * summary sentence, the Shapley values of the balanced target, the
 * counterfactuals and the dependency chain's limit.
 * @public
 */
export function WhySection(props: WhySectionProps) {
  return (
    <WithRecommendation state={props.recommendation}>
      {state => (
        <RecommendationFrame
          title="Why"
          what="the explanation of the SLO recommendation"
          state={state}
          empty={body =>
            availabilityOf(body)
              ? undefined
              : {
                  title: 'No availability explanation',
                  description:
                    'Only availability recommendations carry an explanation, and this one has latency tiers only.',
                }
          }
        >
          {body => <Explanation body={body} />}
        </RecommendationFrame>
      )}
    </WithRecommendation>
  );
}
