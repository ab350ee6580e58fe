import { mockServices } from '@backstage/backend-test-utils';
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'yaml';
import { AlertRuleSyncTask } from './AlertRuleSyncTask';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slo-sync-unit-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const noSlos = {
  specsFor: async () => {
    throw new Error('not used');
  },
  specsForFleet: async () => [],
};

describe('AlertRuleSyncTask', () => {
  it('writes an empty rule file without active SLOs, clearing earlier rules', async () => {
    const path = join(dir, 'rules', 'slo.yml');
    const task = new AlertRuleSyncTask({
      specs: noSlos,
      path,
      logger: mockServices.logger.mock(),
    });
    expect(await task.run()).toEqual({
      written: true,
      slos: 0,
      reloaded: false,
    });
    expect(parse(await readFile(path, 'utf8'))).toEqual({ groups: [] });
  });

  it('retries a refused reload on the next run although nothing changed', async () => {
    const responses = [
      new Response('bad rules', { status: 500 }),
      new Response('', { status: 200 }),
    ];
    const fetchMock = jest.fn(async () => responses.shift()!);
    const task = new AlertRuleSyncTask({
      specs: noSlos,
      path: join(dir, 'slo.yml'),
      reloadUrl: 'http://prometheus.invalid/-/reload',
      logger: mockServices.logger.mock(),
      fetch: fetchMock as unknown as typeof fetch,
    });
    await expect(task.run()).rejects.toThrow(
      'Prometheus refused to reload http://prometheus.invalid/-/reload: HTTP 500 bad rules',
    );
    expect(await task.run()).toEqual({
      written: false,
      slos: 0,
      reloaded: true,
    });
    expect(await task.run()).toEqual({
      written: false,
      slos: 0,
      reloaded: false,
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
