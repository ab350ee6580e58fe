export * from './errorBudget';
