import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { AlertReplaySlo } from '@slo-engine/plugin-slo-common';
import { formatDateTime, formatMinutes } from '../shared';

/** Every firing episode as text: the timeline's table alternative. */
export function ReplayEpisodesTable(props: {
  slo: AlertReplaySlo;
  to: string;
  caption: string;
}) {
  const { slo, to, caption } = props;
  const rows = (['static', 'dynamic'] as const).flatMap(mode =>
    slo.modes[mode].pairs.flatMap(pair =>
      pair.episodes.map(e => ({ mode, pair, episode: e })),
    ),
  );
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>Show the episodes as a table</summary>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell>Mode</TableCell>
            <TableCell>Pair</TableCell>
            <TableCell>Severity</TableCell>
            <TableCell>Firing from</TableCell>
            <TableCell>Resolved</TableCell>
            <TableCell align="right">Firing for</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ mode, pair, episode }) => {
            const end = episode.resolved_at ?? to;
            const minutes =
              (Date.parse(end) - Date.parse(episode.firing_at)) / 60000;
            return (
              <TableRow
                key={`${mode}-${pair.long_window}-${episode.pending_at}`}
              >
                <TableCell>{mode}</TableCell>
                <TableCell>
                  {pair.long_window}/{pair.short_window}
                </TableCell>
                <TableCell>{pair.severity}</TableCell>
                <TableCell>{formatDateTime(episode.firing_at)}</TableCell>
                <TableCell>
                  {episode.resolved_at
                    ? formatDateTime(episode.resolved_at)
                    : 'still firing'}
                </TableCell>
                <TableCell align="right">{formatMinutes(minutes)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </details>
  );
}
