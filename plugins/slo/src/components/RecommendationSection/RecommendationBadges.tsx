import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import { recommendationBadges, RecommendationBadge } from './badges';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  // Colour only on the border: the text keeps the theme's contrast.
  ok: { borderColor: theme.palette.success.main },
  warning: { borderColor: theme.palette.warning.main, borderWidth: 2 },
  error: { borderColor: theme.palette.error.main, borderWidth: 2 },
}));

function Badge(props: { badge: RecommendationBadge }) {
  const classes = useStyles();
  const { badge } = props;
  return (
    <Tooltip title={badge.why}>
      {/* Focusable so keyboard users can open the tooltip too. */}
      <Chip
        tabIndex={0}
        variant="outlined"
        size="small"
        label={badge.label}
        className={classes[badge.tone]}
        data-testid={`badge-${badge.key}`}
      />
    </Tooltip>
  );
}

/** Data quality, confidence, stale and cold-start badges with their reasons. */
export function RecommendationBadges(props: {
  body: SloRecommendationResponse;
}) {
  const classes = useStyles();
  return (
    <ul className={classes.row} aria-label="Recommendation quality">
      {recommendationBadges(props.body).map(badge => (
        <li key={badge.key}>
          <Badge badge={badge} />
        </li>
      ))}
    </ul>
  );
}
