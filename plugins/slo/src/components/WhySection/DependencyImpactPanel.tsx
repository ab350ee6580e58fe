import { WarningPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { AvailabilityRecommendation } from '@slo-engine/plugin-slo-common';
import { formatRatio, formatTarget } from '../shared';
import {
  unachievableTargetWarning,
  unknownAvailabilityNote,
} from './dependencyImpact';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(1, 0),
    '& dt': { fontWeight: theme.typography.fontWeightBold as number },
    '& dd': { margin: 0 },
  },
}));

/**
 * How the hard dependency chain limits the balanced target: the composite
 * bound, the bottleneck and its share of the budget, and a warning when a
 * target is out of reach because of it.
 */
export function DependencyImpactPanel(props: {
  availability: AvailabilityRecommendation;
}) {
  const classes = useStyles();
  const impact = props.availability.explanation.dependency_impact;
  const warning = unachievableTargetWarning(props.availability);
  const unknown = unknownAvailabilityNote(props.availability);
  return (
    <>
      {warning && (
        <WarningPanel
          severity="warning"
          title="Some targets are not achievable"
          message={warning}
        />
      )}
      <dl className={classes.list}>
        <dt>Composite availability bound</dt>
        <dd>
          {formatTarget(impact.composite_availability_bound)}
          {impact.composite_availability_bound === 100 &&
            ' (no hard dependencies)'}
        </dd>
        {impact.bottleneck_service && (
          <>
            <dt>Bottleneck</dt>
            <dd>
              {impact.bottleneck_service}
              {impact.bottleneck_availability !== undefined &&
                ` at ${formatTarget(impact.bottleneck_availability)}`}
            </dd>
          </>
        )}
        {impact.bottleneck_budget_share !== undefined && (
          <>
            <dt>Bottleneck's budget share</dt>
            <dd>
              {formatRatio(impact.bottleneck_budget_share, 0)} of the balanced
              target's error budget
            </dd>
          </>
        )}
      </dl>
      {unknown && (
        <Typography variant="body2" color="textSecondary">
          {unknown}
        </Typography>
      )}
    </>
  );
}
