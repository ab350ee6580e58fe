import { makeStyles, useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { CRITICALITY_DASH } from './edgeStyle';

const useStyles = makeStyles(theme => ({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  box: {
    display: 'inline-block',
    width: 20,
    height: 14,
    borderRadius: 3,
    border: `1px solid ${theme.palette.divider}`,
  },
}));

function Line(props: { dash: string; color: string; open?: boolean }) {
  const { dash, color, open } = props;
  return (
    <svg width="40" height="12" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="6"
        x2="30"
        y2="6"
        stroke={color}
        strokeWidth="2"
        strokeDasharray={dash}
      />
      <path
        d="M30,1 L38,6 L30,11"
        stroke={color}
        strokeWidth="1.5"
        fill={open ? 'none' : color}
      />
    </svg>
  );
}

/** What the line styles, arrowheads and node borders of the graph mean. */
export function GraphLegend() {
  const classes = useStyles();
  const theme = useTheme();
  const ink = theme.palette.text.secondary;
  const items = [
    {
      key: 'hard',
      label: 'hard dependency',
      icon: <Line dash={CRITICALITY_DASH.hard} color={ink} />,
    },
    {
      key: 'soft',
      label: 'soft',
      icon: <Line dash={CRITICALITY_DASH.soft} color={ink} />,
    },
    {
      key: 'degraded',
      label: 'degraded',
      icon: <Line dash={CRITICALITY_DASH.degraded} color={ink} />,
    },
    {
      key: 'sync',
      label: 'synchronous (filled arrow)',
      icon: <Line dash="none" color={ink} />,
    },
    {
      key: 'async',
      label: 'asynchronous (open arrow)',
      icon: <Line dash="none" color={ink} open />,
    },
    {
      key: 'cycle',
      label: 'open dependency cycle',
      icon: <Line dash="none" color={theme.palette.error.main} />,
    },
    {
      key: 'current',
      label: 'this entity',
      icon: (
        <span
          className={classes.box}
          style={{ border: `3px solid ${theme.palette.primary.main}` }}
        />
      ),
    },
    {
      key: 'external',
      label: 'external service',
      icon: (
        <span
          className={classes.box}
          style={{
            borderStyle: 'dashed',
            background: theme.palette.background.default,
          }}
        />
      ),
    },
    {
      key: 'group',
      label: 'redundancy group (one member is enough)',
      icon: (
        <span
          className={classes.box}
          style={{ border: `2px dashed ${theme.palette.info.main}` }}
        />
      ),
    },
  ];
  return (
    <ul className={classes.legend} aria-label="Legend">
      {items.map(item => (
        <li key={item.key} className={classes.item}>
          {item.icon}
          <Typography variant="caption">{item.label}</Typography>
        </li>
      ))}
    </ul>
  );
}
