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
