import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';

/** How a {@link TaskTrigger} waits for a run in progress. */
export interface TaskTriggerOptions {
  scheduler: Pick<SchedulerService, 'triggerTask'>;
  taskId: string;
  logger: LoggerService;
  /** Wait between attempts while the task is running. */
  retryDelayMs?: number;
  /** Attempts before giving up; the task's own schedule then catches up. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepUnref = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms).unref());

/**
 * Runs a scheduled task as soon as possible after something it reads has
 * changed. The scheduler refuses to trigger a task that is running (409), and
 * that run may have read the data before the change, so the trigger is
 * retried until the run has finished. Calls made while a retry is waiting
 * share it: the one run that follows sees every change made before it.
 */
export class TaskTrigger {
  private waiting: Promise<void> | undefined;
  private readonly retryDelayMs: number;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TaskTriggerOptions) {
    this.retryDelayMs = options.retryDelayMs ?? 5_000;
    this.maxAttempts = options.maxAttempts ?? 60;
    this.sleep = options.sleep ?? sleepUnref;
  }

  /** Never rejects: a trigger that cannot be made leaves the schedule to it. */
  trigger(): Promise<void> {
    if (!this.waiting) {
      this.waiting = this.attempt().finally(() => {
        this.waiting = undefined;
      });
    }
    return this.waiting;
  }

  private async attempt(): Promise<void> {
    const { scheduler, taskId, logger } = this.options;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        await scheduler.triggerTask(taskId);
        return;
      } catch (e) {
        if ((e as Error)?.name !== 'ConflictError') {
          logger.debug(`Task ${taskId} not triggered: ${e}`);
          return;
        }
      }
      if (attempt < this.maxAttempts) await this.sleep(this.retryDelayMs);
    }
    logger.debug(
      `Task ${taskId} still running after ${this.maxAttempts} attempts; its schedule runs it next`,
    );
  }
}
