export * from './health';
export * from './service';
export * from './graph';
export * from './recommendation';
export * from './impact';
export * from './alertOverview';
export * from './alertReplay';
export * from './errorBudget';
