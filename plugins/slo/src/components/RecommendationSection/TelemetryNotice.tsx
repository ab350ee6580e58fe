import { WarningPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import { DocsHint } from '../shared';

/**
 * Shown when the engine found no telemetry: the tiers are then only the
 * archetype's baseline, and the owner needs to map the entity's metrics.
 */
export function TelemetryNotice(props: { body: SloRecommendationResponse }) {
  const { data_quality: q, archetype } = props.body;
  const invalid = q.telemetry_status === 'invalid_mapping';
  return (
    <WarningPanel
      severity={invalid ? 'error' : 'warning'}
      title={
        invalid
          ? 'The telemetry mapping of this entity is invalid'
          : 'No telemetry configured for this entity'
      }
      message={`These tiers are the ${archetype.label} baseline only. ${q.confidence_note}.`}
      defaultExpanded
    >
      <Typography variant="body2" component="div">
        {invalid ? (
          <>
            Fix the <code>slo-engine.io/prometheus-selector</code> or{' '}
            <code>slo-engine.io/prometheus-metrics</code> annotation named
            above; see <DocsHint page="annotations.md" anchor="telemetry" />.
          </>
        ) : (
          <>
            The engine selects the series whose <code>service</code> label is
            the entity name. If this service reports under another name, add the{' '}
            <code>slo-engine.io/prometheus-service</code> annotation (or{' '}
            <code>slo-engine.io/prometheus-selector</code> /{' '}
            <code>slo-engine.io/prometheus-metrics</code>); see{' '}
            <DocsHint page="annotations.md" anchor="telemetry" />. Check the
            metric names under <code>slo.telemetry</code> in app-config (
            <DocsHint page="configuration.md" anchor="telemetry-mapping" />) and
            what the demo telemetry looks like (
            <DocsHint page="telemetry.md" />
            ). Data appears after the next aggregation run (hourly by default);
            then regenerate.
          </>
        )}
      </Typography>
    </WarningPanel>
  );
}
