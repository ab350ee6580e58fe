export { ErrorBudgetSection } from './ErrorBudgetSection';
export { ActiveSloBudgetCard } from './ActiveSloBudgetCard';
export { SlaComplianceCard } from './SlaComplianceCard';
