export { SloSection } from './SloSection';
export type { SloSectionEmpty, SloSectionProps } from './SloSection';
export { DocsHint } from './DocsHint';
export { BudgetStatus } from './BudgetStatus';
export { budgetStatusExplanation, budgetStatusLabel } from './budgetStatus';
export { EntitySloLink, SLO_TAB_PATH } from './EntitySloLink';
export * from './format';
export * from './recommendation';
