import { mockServices } from '@backstage/backend-test-utils';
import { graphNode } from '../__testUtils__/graphFixtures';
import type { StoredSlo } from '../lifecycle/types';
import { DashboardRefreshTask } from './DashboardRefreshTask';
import type { DashboardRefresh } from './DashboardStore';

const NOW = new Date('2026-03-01T12:00:00.000Z');

const slo = (name: string): StoredSlo => ({
  id: `slo-${name}`,
  entityRef: `component:default/${name}`,
  status: 'active',
  targets: { availability: 99.9 },
  windowDays: 30,
  source: 'recommendation_accepted',
  selectedTier: 'balanced',
  activatedAt: new Date('2026-01-01T00:00:00Z'),
  activatedBy: 'user:default/alice',
});

function setup() {
  const saved: DashboardRefresh[] = [];
  const logger = mockServices.logger.mock();
  const task = new DashboardRefreshTask({
    graph: {
      model: async () =>
        ({
          nodes: [
            graphNode('a', { owner: 'group:default/team-a' }),
            graphNode('b'),
            graphNode('discovered', { discovered: true, source: 'manual' }),
            graphNode('vendor', { external: true }),
          ],
        } as any),
    },
    criticality: async () =>
      new Map([['component:default/a', 'high' as const]]),
    aggregates: {
      listStatuses: async () => [],
      list: async ref => {
        if (ref === 'component:default/a') throw new Error('connection reset');
        return [];
      },
    },
    slos: { listActive: async () => [slo('a'), slo('b')] },
    facts: {
      undecidedRecommendations: async () => new Set(),
      recommendedAvailabilitySlos: async () => [
        slo('a'),
        slo('b'),
        slo('discovered'),
      ],
      decisionTallies: async () => [
        {
          entityRef: 'component:default/a',
          day: '2026-01-01',
          action: 'accept',
          tier: 'balanced',
          decisions: 1,
        },
        {
          entityRef: 'component:default/vendor',
          day: '2026-01-01',
          action: 'accept',
          tier: 'balanced',
          decisions: 1,
        },
      ],
      budgetSnapshots: async () => [],
    },
    store: {
      listWindows: async () => [],
      saveRefresh: async run => {
        saved.push(run);
      },
    },
    logger,
  });
  return { task, saved, logger };
}

describe('DashboardRefreshTask', () => {
  it('keeps internal entities only, and one SLO failing does not stop the refresh', async () => {
    const { task, saved, logger } = setup();
    expect(await task.run(NOW)).toEqual({
      entities: 2,
      windowsJudged: 1,
      failed: 1,
    });
    const [run] = saved;
    expect(run.computedAt).toEqual(NOW);
    expect(
      run.entities.map(e => [e.entityRef, e.criticality, e.coverage]),
    ).toEqual([
      ['component:default/a', 'high', 'active_slo'],
      ['component:default/b', 'unspecified', 'active_slo'],
    ]);
    // b's first window [Jan 1, Jan 31) had no traffic; a's was not judged.
    expect(run.windows.map(w => [w.entityRef, w.index, w.breached])).toEqual([
      ['component:default/b', 0, undefined],
    ]);
    expect(run.entities[1].breaches).toEqual({
      balanced: { completed: 0, breached: 0, withoutData: 1 },
    });
    expect(run.decisions.map(d => d.entityRef)).toEqual([
      'component:default/a',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'SLO slo-a (component:default/a) not judged: connection reset',
      ),
    );
  });
});
