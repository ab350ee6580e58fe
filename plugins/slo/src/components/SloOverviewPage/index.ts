export { SloOverviewPage } from './SloOverviewPage';
