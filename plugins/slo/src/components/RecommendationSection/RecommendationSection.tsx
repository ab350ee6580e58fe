import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import {
  availabilityOf,
  hasNoTelemetry,
  latencyOf,
  RecommendationFrame,
  RecommendationState,
  WithRecommendation,
} from '../shared';
import { AvailabilityTiersTable } from './AvailabilityTiersTable';
import { GeneratedAt } from './GeneratedAt';
import { LatencyTiersTable } from './LatencyTiersTable';
import { RecommendationBadges } from './RecommendationBadges';
import { TelemetryNotice } from './TelemetryNotice';

/** Props of {@link RecommendationSection}. @public */
export interface RecommendationSectionProps {
  /** A shared {@link useRecommendation} state; loaded here when absent. */
  recommendation?: RecommendationState;
}

function Tiers(props: { body: SloRecommendationResponse }) {
  const { body } = props;
  const availability = availabilityOf(body);
  const latency = latencyOf(body);
  return (
    <>
      <RecommendationBadges body={body} />
      <GeneratedAt body={body} />
      {hasNoTelemetry(body) && (
        <Box mt={2}>
          <TelemetryNotice body={body} />
        </Box>
      )}
      <Grid container spacing={3}>
        {availability && (
          <Grid item xs={12} lg={latency ? 6 : 12}>
            <AvailabilityTiersTable availability={availability} />
          </Grid>
        )}
        {latency && (
          <Grid item xs={12} lg={availability ? 6 : 12}>
            <LatencyTiersTable latency={latency} />
          </Grid>
        )}
      </Grid>
    </>
  );
}

/**
 * Section 1 of the SLOs tab: the conservative, balanced and aggressive
 * availability and latency tiers with their quality badges, and a button
 * that regenerates the recommendation past the backend's cache.
 * @public
 */
export function RecommendationSection(props: RecommendationSectionProps) {
  return (
    <WithRecommendation state={props.recommendation}>
      {state => (
        <RecommendationFrame
          title="Recommendation"
          what="the SLO recommendation"
          state={state}
          action={
            <Button
              variant="outlined"
              size="small"
              onClick={state.regenerate}
              disabled={state.loading}
            >
              Regenerate
            </Button>
          }
          empty={body =>
            body.recommendations.length === 0
              ? {
                  title: 'The recommendation has no tiers',
                  description:
                    'The SLO engine answered without availability or latency tiers. Regenerate it; if that does not help, check the SLO backend logs.',
                }
              : undefined
          }
        >
          {body => <Tiers body={body} />}
        </RecommendationFrame>
      )}
    </WithRecommendation>
  );
}
