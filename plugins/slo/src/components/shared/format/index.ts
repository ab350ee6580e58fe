export * from './numbers';
export * from './percentages';
export * from './durations';
export * from './dates';
export * from './timeTicks';
export * from './slo';
export * from './refs';
export * from './words';
