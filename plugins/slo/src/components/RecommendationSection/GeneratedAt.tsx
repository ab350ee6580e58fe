import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import { formatDateTime, formatRelative } from '../shared';

const useStyles = makeStyles({
  // Read by screen readers, which cannot hover for the tooltip.
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** "Generated 3 hours ago from 60 days", the exact time in a tooltip. */
export function GeneratedAt(props: { body: SloRecommendationResponse }) {
  const classes = useStyles();
  const { generated_at, lookback_window, data_quality } = props.body;
  const absolute = formatDateTime(generated_at);
  return (
    <Typography variant="body2" color="textSecondary">
      Generated{' '}
      <Tooltip title={absolute}>
        <time dateTime={generated_at}>{formatRelative(generated_at)}</time>
      </Tooltip>
      <span className={classes.visuallyHidden}> ({absolute})</span> from{' '}
      {data_quality.data_days} of {lookback_window.days} days of history;
      expires {formatRelative(props.body.expires_at)}.
    </Typography>
  );
}
