import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { AlertReplayMode, AlertReplaySlo } from '@slo-engine/plugin-slo-common';
import { countOf, formatRatio } from '../shared';
import { ReplayEpisodesTable } from './ReplayEpisodesTable';
import { ReplayTimeline } from './ReplayTimeline';

function modeText(mode: AlertReplayMode, configured: string): string {
  const name = mode.burn_rate_type === 'static' ? 'Static' : 'Dynamic';
  const used = mode.burn_rate_type === configured ? ' (in use)' : '';
  return `${name}${used}: ${countOf(mode.pages, 'page')}, ${countOf(
    mode.tickets,
    'ticket',
  )}`;
}

/** The replay of one SLO spec: counts per mode and the timeline. */
export function ReplaySlo(props: {
  slo: AlertReplaySlo;
  from: string;
  to: string;
  lookbackDays: number;
}) {
  const { slo, from, to, lookbackDays } = props;
  const { modes, configured_burn_rate_type: configured } = slo;
  const counts = `${modeText(modes.static, configured)}. ${modeText(
    modes.dynamic,
    configured,
  )}.`;
  const name = `${slo.slo_name} (${formatRatio(slo.objective, 3)} over ${
    slo.window_days
  } days)`;
  return (
    <Box component="section" aria-label={`Replay of ${slo.slo_name}`} mb={3}>
      <Typography variant="subtitle1" component="h3">
        {name}
      </Typography>
      {!slo.has_data ? (
        <Typography variant="body2">
          The indicator's series have no sample in the last{' '}
          {countOf(lookbackDays, 'day')}, so nothing could fire. That does not
          mean the SLO was met: check that the service is scraped.
        </Typography>
      ) : (
        <>
          <Typography variant="body2">
            Over the last {countOf(lookbackDays, 'day')}: {counts}
          </Typography>
          <ReplayTimeline
            slo={slo}
            from={from}
            to={to}
            summary={`Alert replay of ${name}: ${counts}`}
          />
          <Typography variant="caption" component="p" color="textSecondary">
            Red bars are pages, amber bars tickets; pale while pending, solid
            while firing. ≈ marks a pair whose short window is shorter than the
            evaluation step, so short bursts can be missed.
          </Typography>
          <ReplayEpisodesTable
            slo={slo}
            to={to}
            caption={`Firing episodes of ${slo.slo_name}`}
          />
        </>
      )}
    </Box>
  );
}
