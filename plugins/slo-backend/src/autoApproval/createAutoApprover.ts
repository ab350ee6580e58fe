import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SloStore } from '../lifecycle/SloStore';
import { SloNotifier } from '../notifications/SloNotifier';
import { AutoApprovalRuleStore } from './AutoApprovalRuleStore';
import { AutoApprover } from './AutoApprover';

/** The auto-approver with entities read from the catalog as the plugin. */
export function createAutoApprover(deps: {
  rules: AutoApprovalRuleStore;
  slos: SloStore;
  catalog: CatalogService;
  auth: AuthService;
  notifications: NotificationService;
  logger: LoggerService;
}): AutoApprover {
  return new AutoApprover({
    rules: deps.rules,
    slos: deps.slos,
    logger: deps.logger,
    notifier: new SloNotifier(deps.notifications, deps.logger),
    loadEntity: async entityRef =>
      deps.catalog.getEntityByRef(entityRef, {
        credentials: await deps.auth.getOwnServiceCredentials(),
      }),
  });
}
