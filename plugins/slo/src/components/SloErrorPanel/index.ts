export { SloErrorPanel } from './SloErrorPanel';
export type { SloErrorPanelProps } from './SloErrorPanel';
