import { StatusError, StatusOK } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { ReadinessCheck, ReadinessReport } from '@slo-engine/plugin-slo-common';

type NamedCheck = { label: string; check: ReadinessCheck };

/** The checks of a report in display order: core dependencies, then metric sources. */
export function listChecks(report: ReadinessReport): NamedCheck[] {
  return [
    { label: 'Database', check: report.checks.database },
    { label: 'Prometheus', check: report.checks.prometheus },
    ...Object.entries(report.metricSources ?? {}).map(([id, check]) => ({
      label: `Metric source: ${id}`,
      check,
    })),
  ];
}

function CheckStatus(props: { check: ReadinessCheck }) {
  return props.check.status === 'ok' ? (
    <StatusOK>OK</StatusOK>
  ) : (
    <StatusError>Error</StatusError>
  );
}

/** One row per readiness check: status, how long the probe took, and why it failed. */
export function ReadinessChecksTable(props: { report: ReadinessReport }) {
  return (
    <Table size="small" aria-label="Readiness checks">
      <TableHead>
        <TableRow>
          <TableCell>Check</TableCell>
          <TableCell>Status</TableCell>
          <TableCell align="right">Latency</TableCell>
          <TableCell>Details</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {listChecks(props.report).map(({ label, check }) => (
          <TableRow key={label}>
            <TableCell component="th" scope="row">
              {label}
            </TableCell>
            <TableCell>
              <CheckStatus check={check} />
            </TableCell>
            <TableCell align="right">
              {Math.round(check.latencyMs)} ms
            </TableCell>
            <TableCell>{check.message ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
