export * from './errorBudget';
export * from './budgetStatus';
