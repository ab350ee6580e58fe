import { useTheme } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { AlertSliOverview } from '@slo-engine/plugin-slo-common';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  formatCompactCount,
  formatEventCount,
  formatSmallRatio,
} from '../shared';
import { trafficRows } from './trafficData';

/**
 * Events per long alert window now and at the SLO window's average rate,
 * and the dynamic threshold they give: a bar chart plus the same numbers
 * as a table.
 */
export function TrafficChart(props: {
  sli: AlertSliOverview;
  label: string;
  totalEvents: number;
  /** Events each long window holds now (from the error budget). */
  live: Record<string, number | null>;
}) {
  const { sli, label, totalEvents, live } = props;
  const theme = useTheme();
  const rows = trafficRows(sli, totalEvents, live);
  const guard = sli.min_traffic_events;
  const name = `${label}: events per alert window`;
  return (
    <figure aria-label={name} style={{ margin: '16px 0 0' }}>
      <ResponsiveContainer
        width="100%"
        height={200}
        initialDimension={{ width: 500, height: 200 }}
      >
        <BarChart data={rows} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="window" />
          <YAxis tickFormatter={formatCompactCount} width={56} />
          <Tooltip formatter={value => formatEventCount(Number(value))} />
          {guard > 0 && (
            <ReferenceLine
              y={guard}
              stroke={theme.palette.error.main}
              strokeDasharray="4 4"
              label="traffic guard"
            />
          )}
          <Bar
            name="Events now"
            dataKey="events"
            fill={theme.palette.primary.main}
            isAnimationActive={false}
          />
          <Bar
            name="At the average rate"
            dataKey="averageEvents"
            fill={theme.palette.grey[400]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <Typography variant="body2" component="figcaption">
        {formatEventCount(totalEvents)} events in the last {sli.window_days}{' '}
        days. Each long window's events now (dark) set its dynamic threshold; at
        the average rate (grey) the dynamic threshold equals the static one. A
        quieter window raises the threshold in proportion (half the events,
        twice the threshold) and a busier one lowers it.
        {guard > 0 &&
          ` Pairs stay silent while their long window holds fewer than ${formatEventCount(
            guard,
          )} events (the traffic guard).`}
      </Typography>
      <Table size="small" aria-label={`${label} traffic per alert window`}>
        <TableHead>
          <TableRow>
            <TableCell>Long window</TableCell>
            <TableCell align="right">Events now</TableCell>
            <TableCell align="right">At the average rate</TableCell>
            <TableCell align="right">Dynamic threshold now</TableCell>
            <TableCell align="right">At the average rate (static)</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow key={row.window}>
              <TableCell component="th" scope="row">
                {row.window}
              </TableCell>
              <TableCell align="right">
                {row.events === null
                  ? 'no samples'
                  : formatEventCount(row.events)}
                {row.belowGuard && ' (below the traffic guard: silent)'}
              </TableCell>
              <TableCell align="right">
                {formatEventCount(row.averageEvents)}
              </TableCell>
              <TableCell align="right">
                {formatSmallRatio(row.threshold)} errors
              </TableCell>
              <TableCell align="right">
                {formatSmallRatio(row.averageThreshold)} errors
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
