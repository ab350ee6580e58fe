import SvgIcon, { SvgIconProps } from '@material-ui/core/SvgIcon';
import { LifecycleAction } from '@slo-engine/plugin-slo-common';

/*
 * Material Design icon paths (Apache 2.0) drawn with the core SvgIcon:
 * @material-ui/icons is not a dependency of this package. Decorative only;
 * the event's title says what happened.
 */
const PATHS: Record<LifecycleAction, string> = {
  // Check
  accept: 'M9 16.17L4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  // Edit
  modify:
    'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04a.996.996 0 000-1.41l-2.34-2.34a.996.996 0 00-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
  // Close
  reject:
    'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  // FlashOn
  auto_approve: 'M7 2v11h3v9l7-12h-4l4-8z',
  // Schedule
  expire:
    'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z',
  // TrendingUp
  drift_triggered:
    'M16 6l2.29 2.29-4.88 4.88-4-4L2 16.59 3.41 18l6-6 4 4 6.3-6.29L22 12V6z',
};

const COLORS: Record<LifecycleAction, SvgIconProps['color']> = {
  accept: 'primary',
  modify: 'primary',
  reject: 'error',
  auto_approve: 'secondary',
  expire: 'disabled',
  drift_triggered: 'secondary',
};

/** The icon of an audit event's action. */
export function HistoryActionIcon(props: { action: LifecycleAction }) {
  return (
    <SvgIcon color={COLORS[props.action]} aria-hidden>
      <path d={PATHS[props.action]} />
    </SvgIcon>
  );
}
