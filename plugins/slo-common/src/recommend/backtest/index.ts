/**
 * Backtest of the recommendation engine on a synthetic fleet (not exported
 * by the package: used by its test and by `yarn bench:backtest`).
 */

export * from './generate';
export * from './metrics';
export * from './runBacktest';
