import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  ALERT_EXPORT_FORMAT_INFO,
  ALERT_EXPORT_FORMATS,
  AlertExportFormat,
  EntityPathParams,
  isAlertExportFormat,
} from '@slo-engine/plugin-slo-common';
import { useState } from 'react';
import { sloApiRef } from '../../api';
import { formatCount } from '../shared';
import { SloErrorPanel } from '../SloErrorPanel';
import { downloadTextFile } from './downloadTextFile';
import { EXPORT_FORMAT_LOSSES } from './exportFormatNotes';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; error: Error }
  | { kind: 'refused'; message: string };

/**
 * Download or copy the active SLO's rules in one export format. The
 * formats the backend offers come first from the overview; unknown ones
 * (a newer backend) are left out rather than offered without a label.
 */
export function AlertRulesExport(props: {
  entity: EntityPathParams;
  formats: string[];
}) {
  const api = useApi(sloApiRef);
  const offered = props.formats.filter(isAlertExportFormat);
  const formats = offered.length > 0 ? offered : [...ALERT_EXPORT_FORMATS];
  const [format, setFormat] = useState<AlertExportFormat>(formats[0]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const info = ALERT_EXPORT_FORMAT_INFO[format];

  async function copy(text: string) {
    if (!navigator.clipboard) {
      setOutcome({
        kind: 'refused',
        message:
          'This page has no clipboard access (browsers allow it on HTTPS and localhost only); use Download instead.',
      });
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      setOutcome({
        kind: 'refused',
        message: `The browser refused to copy (${
          (e as Error).message
        }); use Download instead.`,
      });
      return;
    }
    setOutcome({
      kind: 'done',
      message: `Copied the ${info.title} (${formatCount(
        text.length,
      )} characters) to the clipboard.`,
    });
  }

  async function run(action: 'download' | 'copy') {
    setOutcome({ kind: 'busy' });
    let file;
    try {
      file = await api.getAlertRules(props.entity, format);
    } catch (e) {
      setOutcome({ kind: 'failed', error: e as Error });
      return;
    }
    if (action === 'copy') {
      await copy(file.text);
      return;
    }
    downloadTextFile(file.text, file.fileName, info.contentType);
    setOutcome({ kind: 'done', message: `Downloaded ${file.fileName}.` });
  }

  const busy = outcome.kind === 'busy';
  return (
    <Box component="section" aria-label="Export the alert rules">
      <Typography variant="h6" component="h3">
        Export the rules
      </Typography>
      <Box display="flex" alignItems="center" flexWrap="wrap" my={1}>
        <TextField
          select
          id="slo-alert-export-format"
          label="Export format"
          value={format}
          disabled={busy}
          onChange={e => {
            setFormat(e.target.value as AlertExportFormat);
            setOutcome({ kind: 'idle' });
          }}
          SelectProps={{ native: true }}
          variant="outlined"
          size="small"
        >
          {formats.map(f => (
            <option key={f} value={f}>
              {ALERT_EXPORT_FORMAT_INFO[f].title}
            </option>
          ))}
        </TextField>
        <Box ml={2}>
          <Button
            variant="contained"
            color="primary"
            disabled={busy}
            onClick={() => run('download')}
          >
            Download
          </Button>{' '}
          <Button
            variant="outlined"
            disabled={busy}
            onClick={() => run('copy')}
          >
            Copy
          </Button>
        </Box>
      </Box>
      <Typography variant="body2">
        {info.engineRules
          ? 'Rules as the engine generates them'
          : 'A spec another tool turns into its own rules'}{' '}
        ({info.fileExtension}). {EXPORT_FORMAT_LOSSES[format]}
      </Typography>
      <Typography variant="body2" role="status" color="textSecondary">
        {outcome.kind === 'done' ? outcome.message : ''}
        {busy ? 'Fetching the rules…' : ''}
      </Typography>
      {outcome.kind === 'refused' && (
        <Typography variant="body2" role="alert" color="error">
          {outcome.message}
        </Typography>
      )}
      {outcome.kind === 'failed' && (
        <SloErrorPanel error={outcome.error} what="the alert rules" />
      )}
    </Box>
  );
}
