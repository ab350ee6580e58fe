import type { DriftEventBody } from '@slo-engine/plugin-slo-common';
import { toBudgetHealth } from './toBudgetHealth';
import { DRIFT_COUNT_CAP, toDriftSummary } from './toDriftSummary';
import type { BudgetFigure, DashboardEntity } from './types';

const entity = (
  name: string,
  budgets: Array<Partial<BudgetFigure>>,
): DashboardEntity => ({
  entityRef: `component:default/${name}`,
  owner: 'group:default/team-a',
  criticality: 'unspecified',
  coverage: 'active_slo',
  telemetryOk: true,
  activeSloId: `slo-${name}`,
  budgets: budgets.map((b, i) => ({
    sloId: `slo-${name}`,
    sli: `sli-${i}`,
    status: 'healthy',
    ...b,
  })),
  breaches: {},
});

describe('toBudgetHealth', () => {
  it.each([
    // consumed share, bucket ([from, to), the last open)
    [0, 'lt_25'],
    [0.2499, 'lt_25'],
    [0.25, '25_50'],
    [0.5, '50_75'],
    [0.7499, '50_75'],
    [0.75, '75_100'],
    [0.9999, '75_100'],
    [1, 'gte_100'],
    [3.5, 'gte_100'],
    [undefined, 'no_data'],
  ])('a share of %s counts in %s', (share, bucket) => {
    const body = toBudgetHealth(
      [entity('a', [{ consumedShare: share }])],
      undefined,
      10,
    );
    expect(body.consumption.filter(b => b.count > 0)).toEqual([
      expect.objectContaining({ bucket, count: 1 }),
    ]);
    expect(body.computed_at).toBeNull();
  });

  it('ranks by share, then earliest exhaustion, never-exhausting last, then by ref', () => {
    const soon = new Date('2026-03-02T00:00:00Z');
    const later = new Date('2026-03-09T00:00:00Z');
    const body = toBudgetHealth(
      [
        entity('b', [
          { consumedShare: 0.5 },
          { consumedShare: 0.5, exhaustsAt: later },
        ]),
        entity('a', [
          { consumedShare: 0.5 },
          { consumedShare: 0.5, exhaustsAt: soon },
        ]),
        entity('c', [{ consumedShare: 0.9 }, {}]),
      ],
      undefined,
      5,
    );
    expect(
      body.closest_to_exhaustion.map(p => `${p.entity_ref.slice(18)}/${p.sli}`),
    ).toEqual(['c/sli-0', 'a/sli-1', 'b/sli-1', 'a/sli-0', 'b/sli-0']);
    expect(body.slis).toBe(6);
  });
});

const event = (
  n: number,
  owner: string | null,
  sli: 'availability' | 'latency_p99',
): DriftEventBody => ({
  id: `e${n}`,
  entity_ref: `component:default/e${n}`,
  owner,
  system: null,
  sli,
  changed_at: '2026-02-28T00:00:00.000Z',
  detected_at: '2026-02-28T01:00:00.000Z',
  confirmed_at: '2026-02-28T01:05:00.000Z',
  detectors: ['page_hinkley', 'adwin'],
  before: 99.95,
  after: 99.5,
  unit: 'percent',
  summary: 'availability 99.95% → 99.5%',
});

describe('toDriftSummary', () => {
  const options = {
    limit: 2,
    since: new Date('2026-02-22T12:00:00Z'),
    now: new Date('2026-03-01T12:00:00Z'),
  };

  it('serves the newest `limit` events and counts every event of the period', () => {
    const events = [
      event(1, 'group:default/b', 'availability'),
      event(2, null, 'latency_p99'),
      event(3, 'group:default/a', 'availability'),
      event(4, 'group:default/b', 'availability'),
    ];
    const body = toDriftSummary(events, options);
    expect(body.events.map(e => e.id)).toEqual(['e1', 'e2']);
    expect(body).toMatchObject({
      computed_at: '2026-03-01T12:00:00.000Z',
      since: '2026-02-22T12:00:00.000Z',
      total: 4,
      truncated: false,
      by_team: [
        { owner: 'group:default/a', count: 1 },
        { owner: 'group:default/b', count: 2 },
        { owner: null, count: 1 },
      ],
      by_sli: [
        { sli: 'availability', count: 3 },
        { sli: 'latency_p99', count: 1 },
      ],
    });
  });

  it('says so when the period holds more events than it counts', () => {
    const events = Array.from({ length: DRIFT_COUNT_CAP + 1 }, (_, i) =>
      event(i, 'group:default/a', 'availability'),
    );
    const body = toDriftSummary(events, options);
    expect(body).toMatchObject({ total: DRIFT_COUNT_CAP, truncated: true });
    expect(body.by_team).toEqual([
      { owner: 'group:default/a', count: DRIFT_COUNT_CAP },
    ]);
  });
});
