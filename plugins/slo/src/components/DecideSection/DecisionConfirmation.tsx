import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  ActivationResponse,
  RejectionResponse,
} from '@slo-engine/plugin-slo-common';
import { ReactNode } from 'react';
import { formatDateTime } from '../shared';
import { formatOrigin, formatTargets } from './formatSlo';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(1, 0, 2, 0),
    '& dt': { fontWeight: theme.typography.fontWeightBold as number },
    '& dd': { margin: 0 },
  },
}));

function Facts(props: { facts: [string, ReactNode][] }) {
  const classes = useStyles();
  return (
    <dl className={classes.list}>
      {props.facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function activationFacts(slo: ActivationResponse): [string, ReactNode][] {
  const facts: [string, ReactNode][] = [
    ['Targets', formatTargets(slo.targets)],
    ['Window', `${slo.window_days} days`],
    ['Origin', formatOrigin(slo)],
    ['Activated by', slo.activated_by],
    ['Activated at', formatDateTime(slo.activated_at)],
  ];
  const changes = Object.values(slo.modification_delta ?? {});
  if (changes.length) {
    facts.push(['Changes', changes.map(c => c!.summary).join('; ')]);
  }
  if (slo.rationale) facts.push(['Rationale', slo.rationale]);
  return facts;
}

function rejectionFacts(r: RejectionResponse): [string, ReactNode][] {
  return [
    ['Rejected by', r.decided_by],
    ['Rejected at', formatDateTime(r.decided_at)],
    ['Rationale', r.rationale ?? ''],
    [
      'Active SLO (unchanged)',
      r.active_slo
        ? `${formatTargets(r.active_slo.targets)} over ${
            r.active_slo.window_days
          } days (${formatOrigin(r.active_slo)})`
        : 'none: this entity has no active SLO',
    ],
  ];
}

/** What a decision changed: the new active SLO, or the recorded rejection. */
export function DecisionConfirmation(props: {
  response: ActivationResponse | RejectionResponse;
  onDecideAgain: () => void;
}) {
  const { response } = props;
  const rejected = response.action === 'reject';
  let title = 'Recommendation rejected';
  if (response.action === 'modify') {
    title = `Modified ${response.selected_tier} tier is now the active SLO`;
  } else if (response.action !== 'reject') {
    title = `${response.selected_tier} tier accepted: it is now the active SLO`;
  }
  return (
    <div role="status">
      <Typography variant="h6" component="h3">
        {title.charAt(0).toUpperCase() + title.slice(1)}
      </Typography>
      <Facts
        facts={
          response.action === 'reject'
            ? rejectionFacts(response)
            : activationFacts(response)
        }
      />
      <Typography variant="body2" color="textSecondary" paragraph>
        {rejected
          ? 'The recommendation is closed; a new one is generated on the next load.'
          : 'Recorded in the SLO history. Budgets and alerts follow the new targets from now on.'}
      </Typography>
      <Button variant="outlined" onClick={props.onDecideAgain}>
        Load a fresh recommendation
      </Button>
    </div>
  );
}
