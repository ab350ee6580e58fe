import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { AlertSliOverview } from '@slo-engine/plugin-slo-common';
import { windowPairRows } from './windowPairRows';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The window pairs with the static and dynamic thresholds side by side. */
export function WindowPairsTable(props: {
  sli: AlertSliOverview;
  label: string;
}) {
  const { sli, label } = props;
  const inUse = (mode: 'static' | 'dynamic') =>
    sli.burn_rate_type === mode ? ' (in use)' : '';
  return (
    <Table size="small" aria-label={`${label} window pairs`}>
      <TableHead>
        <TableRow>
          <TableCell>Long / short window</TableCell>
          <TableCell style={NO_WRAP}>Severity</TableCell>
          <TableCell>For</TableCell>
          <TableCell align="right">Budget spent when it fires</TableCell>
          <TableCell>Static threshold{inUse('static')}</TableCell>
          <TableCell>Dynamic threshold{inUse('dynamic')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {windowPairRows(sli).map(row => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row" style={NO_WRAP}>
              {row.long} / {row.short}
            </TableCell>
            <TableCell>{row.severity}</TableCell>
            <TableCell style={NO_WRAP}>{row.for}</TableCell>
            <TableCell align="right">{row.budget}</TableCell>
            <TableCell>{row.staticThreshold}</TableCell>
            <TableCell>{row.dynamicThreshold}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
