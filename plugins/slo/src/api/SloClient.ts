import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import * as alerts from './client/alerts';
import * as rules from './client/autoApprovalRules';
import * as budgets from './client/budgets';
import * as dashboard from './client/dashboard';
import { SloRequests } from './client/request';
import * as services from './client/services';
import * as slos from './client/slos';
import { SloApi } from './SloApi';

/** The arguments of one SloApi method. */
type Args<K extends keyof SloApi> = Parameters<SloApi[K]>;

/**
 * Default {@link SloApi} implementation, calling the SLO backend through the
 * Backstage `fetchApi` (which adds the user's token). Each resource's
 * requests live in `./client`; this class only binds them to one backend.
 *
 * @public
 */
export class SloClient implements SloApi {
  private readonly requests: SloRequests;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.requests = new SloRequests(options);
  }

  getReadiness() {
    return services.getReadiness(this.requests);
  }

  getService(...args: Args<'getService'>) {
    return services.getService(this.requests, ...args);
  }

  getDependencies(...args: Args<'getDependencies'>) {
    return services.getDependencies(this.requests, ...args);
  }

  getCycles(...args: Args<'getCycles'>) {
    return services.getCycles(this.requests, ...args);
  }

  analyseImpact(...args: Args<'analyseImpact'>) {
    return services.analyseImpact(this.requests, ...args);
  }

  getRecommendation(...args: Args<'getRecommendation'>) {
    return slos.getRecommendation(this.requests, ...args);
  }

  getActiveSlo(...args: Args<'getActiveSlo'>) {
    return slos.getActiveSlo(this.requests, ...args);
  }

  decide(...args: Args<'decide'>) {
    return slos.decide(this.requests, ...args);
  }

  getHistory(...args: Args<'getHistory'>) {
    return slos.getHistory(this.requests, ...args);
  }

  getErrorBudget(...args: Args<'getErrorBudget'>) {
    return budgets.getErrorBudget(this.requests, ...args);
  }

  getBurnDown(...args: Args<'getBurnDown'>) {
    return budgets.getBurnDown(this.requests, ...args);
  }

  getSla(...args: Args<'getSla'>) {
    return budgets.getSla(this.requests, ...args);
  }

  getSlaReport(...args: Args<'getSlaReport'>) {
    return budgets.getSlaReport(this.requests, ...args);
  }

  getAlertOverview(...args: Args<'getAlertOverview'>) {
    return alerts.getAlertOverview(this.requests, ...args);
  }

  getAlertReplay(...args: Args<'getAlertReplay'>) {
    return alerts.getAlertReplay(this.requests, ...args);
  }

  getAlertRules(...args: Args<'getAlertRules'>) {
    return alerts.getAlertRules(this.requests, ...args);
  }

  getCoverage(...args: Args<'getCoverage'>) {
    return dashboard.getCoverage(this.requests, ...args);
  }

  getBudgetHealth(...args: Args<'getBudgetHealth'>) {
    return dashboard.getBudgetHealth(this.requests, ...args);
  }

  getRecommendationQuality(...args: Args<'getRecommendationQuality'>) {
    return dashboard.getRecommendationQuality(this.requests, ...args);
  }

  getRecentDrift(...args: Args<'getRecentDrift'>) {
    return dashboard.getRecentDrift(this.requests, ...args);
  }

  listAutoApprovalRules() {
    return rules.listAutoApprovalRules(this.requests);
  }

  createAutoApprovalRule(...args: Args<'createAutoApprovalRule'>) {
    return rules.createAutoApprovalRule(this.requests, ...args);
  }

  updateAutoApprovalRule(...args: Args<'updateAutoApprovalRule'>) {
    return rules.updateAutoApprovalRule(this.requests, ...args);
  }

  deleteAutoApprovalRule(...args: Args<'deleteAutoApprovalRule'>) {
    return rules.deleteAutoApprovalRule(this.requests, ...args);
  }
}
