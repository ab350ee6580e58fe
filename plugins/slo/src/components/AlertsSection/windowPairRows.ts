import {
  AlertSliOverview,
  AlertWindowPairBody,
} from '@slo-engine/plugin-slo-common';
import { formatFactor, formatRatio, formatSmallRatio } from '../shared';

/** One window pair with both modes' thresholds, as the table shows it. */
export interface WindowPairRow {
  key: string;
  long: string;
  short: string;
  severity: 'page' | 'ticket';
  for: string;
  /** Share of the budget spent when the pair fires, e.g. `2%`. */
  budget: string;
  /** `14.4× = 1.44% errors`, or `–` when the mode has no such pair. */
  staticThreshold: string;
  /** `0.002% × events in 30d ÷ events in 1h`, or `–`. */
  dynamicThreshold: string;
}

const keyOf = (p: AlertWindowPairBody) => `${p.long_window}/${p.short_window}`;

function staticText(p?: AlertWindowPairBody): string {
  if (!p) return '–';
  return `${formatFactor(p.factor)} burn rate: ${formatSmallRatio(
    p.threshold,
  )} errors`;
}

function dynamicText(windowDays: number, p?: AlertWindowPairBody): string {
  if (!p) return '–';
  return `${formatSmallRatio(
    p.threshold,
  )} × events in ${windowDays}d ÷ events in ${p.long_window}`;
}

/**
 * Both modes' pairs side by side, joined on their windows: both modes use
 * the same windows today, but a row per distinct pair keeps the table
 * honest if they ever differ.
 */
export function windowPairRows(sli: AlertSliOverview): WindowPairRow[] {
  const statics = new Map(sli.pairs.static.map(p => [keyOf(p), p]));
  const dynamics = new Map(sli.pairs.dynamic.map(p => [keyOf(p), p]));
  const keys = [...new Set([...statics.keys(), ...dynamics.keys()])];
  return keys.map(key => {
    const s = statics.get(key);
    const d = dynamics.get(key);
    const any = (s ?? d)!;
    return {
      key,
      long: any.long_window,
      short: any.short_window,
      severity: any.severity,
      for: any.for,
      budget: formatRatio(any.budget_fraction, 2),
      staticThreshold: staticText(s),
      dynamicThreshold: dynamicText(sli.window_days, d),
    };
  });
}
