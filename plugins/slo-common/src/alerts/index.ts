export * from './types';
export {
  generateAlertRules,
  sloRuleName,
  sloRecordNames,
  SLO_BURN_ALERT,
  SLO_ABSENT_ALERT,
} from './generateAlertRules';
export { burnRateWindowPairs } from './windows';
export {
  formatPromDuration,
  parsePromDuration,
  promqlNumber,
  promqlString,
  renderSelector,
} from './promql';
export { alertReplayPresenceQuery, alertReplayQueries } from './replayQueries';
export type { AlertReplayQuery } from './replayQueries';
export { chooseBucket, indicatorQueries } from './indicators';
export type { IndicatorQueries } from './indicators';
export * from './export';
