import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { formatDateTime } from '../shared';

/**
 * Marks a budget served from the last stored snapshot because Prometheus
 * could not be reached, with the reason, so nobody mistakes it for live.
 */
export function StaleBadge(props: {
  computedAt: string;
  reason: string | null;
}) {
  return (
    <div role="note" aria-label="Stale error budget">
      <Chip size="small" color="secondary" label="stale" />{' '}
      <Typography variant="body2" component="span">
        Prometheus could not be reached, so this is the snapshot computed at{' '}
        {formatDateTime(props.computedAt)}, not a live value.
        {props.reason ? ` ${props.reason.replace(/\.$/, '')}.` : ''}
      </Typography>
    </div>
  );
}
