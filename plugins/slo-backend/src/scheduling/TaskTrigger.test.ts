import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { TaskTrigger } from './TaskTrigger';

function setup(answers: Array<'ok' | 'running' | 'missing'>, maxAttempts = 5) {
  const calls: string[] = [];
  const sleeps: number[] = [];
  const triggerTask = jest.fn(async (id: string) => {
    calls.push(id);
    const answer = answers.shift() ?? 'ok';
    if (answer === 'running') throw new ConflictError(`${id} is running`);
    if (answer === 'missing') throw new NotFoundError(`${id} does not exist`);
  });
  const trigger = new TaskTrigger({
    scheduler: { triggerTask },
    taskId: 'slo-dashboard-refresh',
    logger: mockServices.logger.mock(),
    retryDelayMs: 100,
    maxAttempts,
    sleep: async ms => {
      sleeps.push(ms);
    },
  });
  return { trigger, calls, sleeps };
}

describe('TaskTrigger', () => {
  it('triggers an idle task once', async () => {
    const { trigger, calls, sleeps } = setup(['ok']);
    await trigger.trigger();
    expect(calls).toEqual(['slo-dashboard-refresh']);
    expect(sleeps).toEqual([]);
  });

  it('waits for a run in progress to finish, then triggers', async () => {
    const { trigger, calls, sleeps } = setup(['running', 'running', 'ok']);
    await trigger.trigger();
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([100, 100]);
  });

  it('gives up after the last attempt and leaves it to the schedule', async () => {
    const { trigger, calls, sleeps } = setup(Array(9).fill('running'), 4);
    await expect(trigger.trigger()).resolves.toBeUndefined();
    expect(calls).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
  });

  it('does not retry a task that is not scheduled', async () => {
    const { trigger, calls } = setup(['missing']);
    await expect(trigger.trigger()).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('shares one waiting retry between calls made meanwhile', async () => {
    const { trigger, calls } = setup(['running', 'ok', 'ok']);
    const first = trigger.trigger();
    const second = trigger.trigger();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    expect(calls).toHaveLength(2);
    // Once that trigger is made, the next change needs a run of its own.
    await trigger.trigger();
    expect(calls).toHaveLength(3);
  });
});
