import { makeStyles, useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  Bar,
  BarChart,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { AttributionRow } from './attribution';

const useStyles = makeStyles(theme => ({
  figure: { margin: theme.spacing(1, 0) },
}));

const BAR_HEIGHT = 36;

/**
 * Horizontal bars of the Shapley values, negative (lowering the target)
 * to the left. The numbers are in the table next to it; the chart is the
 * picture of them, so it is labelled as a whole rather than bar by bar.
 */
export function AttributionChart(props: {
  rows: AttributionRow[];
  caption: string;
}) {
  const classes = useStyles();
  const theme = useTheme();
  const height = BAR_HEIGHT * props.rows.length + 40;
  const summary = props.rows
    .map(r => `${r.label} ${r.contribution}`)
    .join(', ');
  return (
    <figure className={classes.figure} aria-label={props.caption}>
      <div role="img" aria-label={`Shapley values: ${summary}`}>
        <ResponsiveContainer
          width="100%"
          height={height}
          initialDimension={{ width: 560, height }}
        >
          <BarChart
            data={props.rows}
            layout="vertical"
            margin={{ left: 8, right: 24 }}
          >
            <XAxis type="number" unit=" pp" />
            <YAxis type="category" dataKey="label" width={210} />
            <ReferenceLine x={0} stroke={theme.palette.text.secondary} />
            <Bar dataKey="contributionPp" isAnimationActive={false}>
              {props.rows.map(row => (
                <Cell
                  key={row.feature}
                  fill={
                    row.contributionPp < 0
                      ? theme.palette.error.main
                      : theme.palette.success.main
                  }
                />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography component="figcaption" variant="body2" color="textSecondary">
        {props.caption}
      </Typography>
    </figure>
  );
}
