import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { EntityPathParams } from '@slo-engine/plugin-slo-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { countOf, DocsHint, SloSection } from '../shared';
import { ReplaySlo } from './ReplaySlo';

/** Lookbacks offered; the backend accepts any whole day from 1 to 30. */
export const LOOKBACK_DAYS = [1, 2, 3, 7, 14, 21, 30];

/**
 * When each window pair of both modes would have fired over the last days,
 * so an owner can compare static and dynamic alerts on their own history.
 */
export function AlertReplayCard(props: { entity: EntityPathParams }) {
  const { kind, namespace, name } = props.entity;
  const api = useApi(sloApiRef);
  const [lookbackDays, setLookbackDays] = useState(7);
  const state = useAsyncRetry(
    () => api.getAlertReplay({ kind, namespace, name }, { lookbackDays }),
    [api, kind, namespace, name, lookbackDays],
  );
  return (
    <SloSection
      title="Alert replay"
      subheader="What the burn-rate alerts would have done on the recorded history, both modes"
      what="the alert replay"
      state={state}
      action={
        <TextField
          select
          id="slo-alert-replay-lookback"
          label="Lookback"
          value={lookbackDays}
          onChange={e => setLookbackDays(Number(e.target.value))}
          SelectProps={{ native: true }}
          variant="outlined"
          size="small"
        >
          {LOOKBACK_DAYS.map(d => (
            <option key={d} value={d}>
              {countOf(d, 'day')}
            </option>
          ))}
        </TextField>
      }
    >
      {value => (
        <>
          {value.slos.map(slo => (
            <ReplaySlo
              key={slo.slo_name}
              slo={slo}
              from={value.from}
              to={value.to}
              lookbackDays={value.lookback_days}
            />
          ))}
          {value.notes.map(note => (
            <Typography key={note} variant="body2" color="textSecondary">
              {note}
            </Typography>
          ))}
          <Typography variant="caption" component="p">
            Evaluated every {value.step_seconds / 60} min with{' '}
            {value.query_count} Prometheus queries; see{' '}
            <DocsHint page="alert-replay.md" />.
          </Typography>
        </>
      )}
    </SloSection>
  );
}
