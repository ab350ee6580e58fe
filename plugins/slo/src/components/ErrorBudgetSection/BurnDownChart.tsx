import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { ErrorBudgetBurnDownSli } from '@slo-engine/plugin-slo-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { BurnDownTable } from './BurnDownTable';
import {
  burnDownRows,
  burnDownSentence,
  burnDownSummary,
} from './burnDownData';
import { formatDateTime, formatPercent, sliLabel, timeTicks } from '../shared';

const percentTick = (value: number) => `${value}%`;

/**
 * Cumulative share of the budget spent since the window start against the
 * ideal line (the budget spent evenly). The caption states where the
 * latest hour stands and a table by day carries the numbers.
 */
export function BurnDownChart(props: {
  sli: ErrorBudgetBurnDownSli;
  windowStart: string;
  windowEnd: string;
}) {
  const { sli, windowStart, windowEnd } = props;
  const theme = useTheme();
  const rows = burnDownRows(sli.points);
  const summary = burnDownSummary(sli);
  const label = `${sliLabel(sli.sli)} burn-down`;
  const top = Math.max(100, ...rows.map(r => r.actual ?? 0));
  // Explicit ticks: a number axis would otherwise tick every data point.
  const ticks = timeTicks(windowStart, windowEnd);
  const labels = new Map(ticks.map(t => [t.ms, t.label]));
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <ResponsiveContainer
        width="100%"
        height={240}
        initialDimension={{ width: 600, height: 240 }}
      >
        <LineChart data={rows} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={[Date.parse(windowStart), Date.parse(windowEnd)]}
            ticks={ticks.map(t => t.ms)}
            tickFormatter={(ms: number) => labels.get(ms) ?? ''}
          />
          <YAxis
            domain={[0, Math.ceil(top / 10) * 10]}
            tickFormatter={percentTick}
            width={48}
          />
          <Tooltip
            labelFormatter={at => formatDateTime(Number(at))}
            formatter={value => formatPercent(Number(value) / 100)}
          />
          <Legend />
          <ReferenceLine
            y={100}
            stroke={theme.palette.error.main}
            strokeDasharray="4 4"
            label={{ value: 'budget spent', position: 'insideTopLeft' }}
          />
          <Line
            name="Ideal (even spend)"
            dataKey="ideal"
            stroke={theme.palette.text.secondary}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            name="Spent since window start"
            dataKey="actual"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <Typography variant="body2" component="figcaption">
        {burnDownSentence(summary)}
      </Typography>
      <BurnDownTable points={sli.points} caption={`${label} by day`} />
    </figure>
  );
}
