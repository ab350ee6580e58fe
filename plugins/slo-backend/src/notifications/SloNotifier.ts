import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';

/** Where in Backstage an entity's SLO tab lives. */
export function sloTabLink(entityRef: string): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return `/catalog/${namespace}/${kind}/${name}/slo`;
}

/**
 * Tells an entity's owners about SLO events through the notifications
 * plugin. Without `@backstage/plugin-notifications-backend` sending fails;
 * that is logged once and otherwise ignored, so the SLO plugin works
 * without notifications. One scope per entity and event keeps a single,
 * updated notification instead of one per regeneration.
 */
export class SloNotifier {
  private warned = false;

  constructor(
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
  ) {}

  awaitingDecision(entityRef: string, balancedTarget?: number) {
    const target =
      balancedTarget === undefined ? '' : ` (balanced ${balancedTarget}%)`;
    return this.send(entityRef, {
      title: `SLO recommendation for ${entityRef} awaits your decision`,
      description: `A new SLO recommendation${target} is ready: accept, modify or reject it on the entity's SLOs tab.`,
      scope: `slo:awaiting-decision:${entityRef}`,
    });
  }

  autoApproved(entityRef: string, rule: string, availability?: number) {
    const target = availability === undefined ? '' : ` at ${availability}%`;
    return this.send(entityRef, {
      title: `SLO for ${entityRef} auto-approved${target}`,
      description: `The auto-approval rule "${rule}" accepted the new recommendation. The audit trail on the SLOs tab records it; modify the SLO there if it does not fit.`,
      scope: `slo:auto-approved:${entityRef}`,
    });
  }

  driftDetected(entityRef: string, summaries: string[]) {
    return this.send(entityRef, {
      title: `SLIs of ${entityRef} drifted: its SLO recommendation was regenerated`,
      description: `${summaries.join(
        '. ',
      )}. Review the new recommendation and your active SLO on the entity's SLOs tab.`,
      scope: `slo:drift:${entityRef}`,
    });
  }

  private async send(
    entityRef: string,
    payload: { title: string; description: string; scope: string },
  ): Promise<void> {
    try {
      await this.notifications.send({
        recipients: { type: 'entity', entityRef },
        payload: {
          ...payload,
          link: sloTabLink(entityRef),
          topic: 'SLO recommendations',
          severity: 'normal',
        },
      });
    } catch (e) {
      if (!this.warned) {
        this.warned = true;
        this.logger.warn(
          `SLO notifications are not delivered (is @backstage/plugin-notifications-backend installed?): ${
            (e as Error).message
          }`,
        );
      }
    }
  }
}
