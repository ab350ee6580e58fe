import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { SloBody, SloSource } from '@slo-engine/plugin-slo-common';
import { actorLabel, formatDateTime, formatTargets } from '../shared';

const SOURCES: Record<SloSource, string> = {
  recommendation_accepted: 'accepted recommendation',
  recommendation_modified: 'modified recommendation',
  manual: 'set manually',
};

/** The active SLO's targets and window, and who activated it when. */
export function ActiveSloSummary(props: { slo: SloBody }) {
  const { slo } = props;
  const tier = slo.selected_tier ? `, ${slo.selected_tier} tier` : '';
  return (
    <div>
      <Typography variant="subtitle2" component="h3">
        Active SLO over a rolling {slo.window_days}-day window
      </Typography>
      <ul
        aria-label="Active SLO targets"
        style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}
      >
        {formatTargets(slo.targets).map(target => (
          <li key={target} style={{ display: 'inline-block', marginRight: 8 }}>
            <Chip label={target} color="primary" variant="outlined" />
          </li>
        ))}
      </ul>
      <Typography variant="body2">
        Activated {formatDateTime(slo.activated_at)} by{' '}
        {actorLabel(slo.activated_by)} ({SOURCES[slo.source]}
        {tier}).
        {slo.rationale ? ` Rationale: ${slo.rationale}` : ''}
      </Typography>
    </div>
  );
}
