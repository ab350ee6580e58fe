import Chip from '@material-ui/core/Chip';
import { SLO_ANNOTATIONS } from '@slo-engine/plugin-slo-common';

const TEXT = {
  static:
    'Static: each pair fires on a fixed error ratio, whatever the traffic.',
  dynamic:
    'Dynamic: each pair fires on an error ratio scaled by the traffic, so a quiet night with a few errors does not page.',
};

/**
 * The burn-rate mode the generated rules use, with what it means. Set by
 * `slo.alerting.burnRateType` or the entity's annotation.
 */
export function BurnRateTypeBadge(props: { type: 'static' | 'dynamic' }) {
  return (
    <span>
      <Chip
        size="small"
        color={props.type === 'dynamic' ? 'primary' : 'default'}
        label={`${props.type} burn rate`}
      />{' '}
      {TEXT[props.type]} Change it with the{' '}
      <code>{SLO_ANNOTATIONS.burnRateType}</code> annotation.
    </span>
  );
}
