export * from './errorBudget';
export * from './budgetStatus';
export * from './slaCompliance';
