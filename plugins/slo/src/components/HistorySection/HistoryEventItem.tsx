import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { AuditEventBody } from '@slo-engine/plugin-slo-common';
import { actorLabel, formatDateTime } from '../shared';
import { HistoryActionIcon } from './historyIcons';
import { deltaLines, describeAuditEvent, targetChanges } from './historyText';

function Lines(props: { label: string; lines: string[] }) {
  if (props.lines.length === 0) return null;
  return (
    <Box mt={0.5}>
      <Typography variant="subtitle2" component="p">
        {props.label}
      </Typography>
      <ul aria-label={props.label} style={{ margin: 0, paddingLeft: 20 }}>
        {props.lines.map(line => (
          <Typography key={line} component="li" variant="body2">
            {line}
          </Typography>
        ))}
      </ul>
    </Box>
  );
}

/** One audit event: what happened, who, when, why and what changed. */
export function HistoryEventItem(props: {
  event: AuditEventBody;
  /** Draws a rule above the event, between it and the newer one. */
  divider?: boolean;
}) {
  const { event } = props;
  const { title, description } = describeAuditEvent(event);
  // A drift's rationale is its description; do not repeat it.
  const rationale = event.action === 'drift_triggered' ? null : event.rationale;
  return (
    <Box
      component="li"
      display="flex"
      py={1.5}
      aria-label={title}
      borderTop={props.divider ? 1 : 0}
      borderColor="divider"
    >
      <Box mr={2} pt={0.5}>
        <HistoryActionIcon action={event.action} />
      </Box>
      <Box flex={1}>
        <Typography variant="subtitle1" component="h3">
          {title}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          <time dateTime={event.timestamp}>
            {formatDateTime(event.timestamp)}
          </time>{' '}
          by {actorLabel(event.actor)}
        </Typography>
        {description && <Typography variant="body2">{description}</Typography>}
        {rationale && (
          <Typography variant="body2">
            <strong>Rationale:</strong> {rationale}
          </Typography>
        )}
        <Lines
          label="Changed against the recommendation"
          lines={deltaLines(event.modification_delta)}
        />
        <Lines
          label="Targets"
          lines={targetChanges(event.previous_slo, event.new_slo)}
        />
      </Box>
    </Box>
  );
}
