import { hard } from './__testUtils__/graphBuilders';
import { impactAnalysis } from './impactAnalysis';
import { impactSummarySentence } from './impactDetail';
import { DependencyGraph } from './types';

/**
 * gateway ─┐                       ┌→ payments (external, SLA 99.95%) ┐ group
 * admin ───┴→ checkout ────────────┼→ payments-backup (99%)           ┘ 'psp'
 *   gateway ⇢ search (soft)       └→ inventory ⇄ orders → ledger ⇠ reports (soft)
 *
 * Each node carries its active SLO target if it has one, else its observed
 * availability. ledger changes from 99.9% to 99%.
 */
const graph: DependencyGraph = {
  nodes: [
    { id: 'gateway', availability: 0.999 },
    { id: 'admin', availability: 0.99 },
    { id: 'checkout', availability: 0.995 },
    { id: 'search', availability: 0.9 },
    { id: 'payments', external: true, publishedSla: 0.9995 },
    { id: 'payments-backup', external: true, availability: 0.99 },
    { id: 'inventory', availability: 0.998 },
    { id: 'orders', availability: 0.997 },
    { id: 'ledger', availability: 0.999 },
    { id: 'reports' },
  ],
  edges: [
    hard('gateway', 'checkout'),
    { from: 'gateway', to: 'search', criticality: 'soft', mode: 'sync' },
    hard('admin', 'checkout'),
    hard('checkout', 'payments', 'psp'),
    hard('checkout', 'payments-backup', 'psp'),
    hard('checkout', 'inventory'),
    hard('inventory', 'orders'),
    hard('orders', 'inventory'),
    hard('orders', 'ledger'),
    { from: 'reports', to: 'ledger', criticality: 'soft', mode: 'sync' },
  ],
};
const targets = new Map([
  ['gateway', 0.999],
  ['admin', 0.98],
  ['checkout', 0.995],
  ['inventory', 0.998],
]);
const run = (maxDepth?: number) =>
  impactAnalysis({
    graph,
    changed: 'ledger',
    current: 0.999,
    proposed: 0.99,
    targets,
    maxDepth,
  });

// psp group: 1 - (1 - 0.9985) × (1 - 0.99) = 0.999985 (payments' SLA less
// the 0.1-point haircut). Supernode inventory ⇄ orders: the weakest member
// other than the root itself.
const PSP = 0.999985;
const CHECKOUT_NOW = PSP * 0.997 * 0.999; // 0.995988059955
const CHECKOUT_THEN = PSP * 0.997 * 0.99; // 0.98701519455

describe('impactAnalysis', () => {
  it.each`
    id             | relationship               | via                | current                 | projected                | atRisk   | below
    ${'orders'}    | ${'upstream'}              | ${'hard'}          | ${0.998 * 0.999}        | ${0.998 * 0.99}          | ${null}  | ${false}
    ${'inventory'} | ${'upstream (transitive)'} | ${'hard'}          | ${0.997 * 0.999}        | ${0.997 * 0.99}          | ${true}  | ${true}
    ${'checkout'}  | ${'upstream (transitive)'} | ${'hard'}          | ${CHECKOUT_NOW}         | ${CHECKOUT_THEN}         | ${true}  | ${false}
    ${'admin'}     | ${'upstream (transitive)'} | ${'hard'}          | ${0.995 * CHECKOUT_NOW} | ${0.995 * CHECKOUT_THEN} | ${false} | ${false}
    ${'gateway'}   | ${'upstream (transitive)'} | ${'hard'}          | ${0.995 * CHECKOUT_NOW} | ${0.995 * CHECKOUT_THEN} | ${true}  | ${true}
    ${'reports'}   | ${'upstream'}              | ${'soft-or-async'} | ${1}                    | ${1}                     | ${null}  | ${false}
  `(
    '$id: $via, at risk $atRisk',
    ({ id, relationship, via, current, projected, atRisk, below }) => {
      const s = run().impacted.find(x => x.id === id)!;
      expect(s).toMatchObject({ relationship, via, sloAtRisk: atRisk });
      expect(s.alreadyBelowTarget).toBe(below);
      expect(s.currentComposite).toBeCloseTo(current, 12);
      expect(s.projectedComposite).toBeCloseTo(projected, 12);
      expect(s.delta).toBeCloseTo(projected - current, 12);
    },
  );

  it('sorts by the size of the change, ties by id', () => {
    // |delta|: orders 0.008982, inventory 0.008973, checkout 0.00897287,
    // admin = gateway 0.00892800, reports 0.
    expect(run().impacted.map(s => s.id)).toEqual([
      'orders',
      'inventory',
      'checkout',
      'admin',
      'gateway',
      'reports',
    ]);
  });

  it('notes the cycle on the path and explains each verdict', () => {
    const result = run();
    expect(result.cycles).toEqual([
      {
        members: ['inventory', 'orders'],
        path: ['inventory', 'orders', 'inventory'],
        currentAvailability: 0.997,
        projectedAvailability: 0.997,
        containsChanged: false,
      },
    ]);
    const byId = new Map(result.impacted.map(s => [s.id, s]));
    expect(byId.get('gateway')!.cycles).toEqual([0]);
    expect(byId.get('reports')!.cycles).toEqual([]);
    expect(byId.get('checkout')!.riskDetail).toBe(
      'Composite drops below the SLO target: 98.701% < 99.50%. Its path ' +
        'passes the dependency cycle inventory → orders → inventory, ' +
        'counted once at its weakest member.',
    );
    expect(byId.get('admin')!.riskDetail).toMatch(
      /^Composite stays at or above the SLO target: 98.208% ≥ 98.00%/,
    );
    expect(byId.get('reports')!.riskDetail).toBe(
      'Depends on ledger only through soft, degraded or asynchronous edges, which the composite leaves out.',
    );
    // checkout, admin and gateway reach the redundancy group.
    expect(result.fallbackCount).toBe(3);
    expect(result.unknownAvailability).toEqual([]);
  });

  it('leaves services beyond the depth limit unchanged', () => {
    // gateway → checkout → inventory → orders → ledger is 4 hops.
    const byId = new Map(run(3).impacted.map(s => [s.id, s]));
    expect(byId.get('gateway')).toMatchObject({
      via: 'beyond-depth',
      delta: 0,
    });
    expect(byId.get('checkout')!.via).toBe('hard');
    expect(byId.get('checkout')!.delta).toBeLessThan(0);
  });

  it('lists unknown availabilities and rejects bad input', () => {
    const withUnknown = {
      ...graph,
      nodes: graph.nodes.map(n => (n.id === 'orders' ? { id: 'orders' } : n)),
    };
    const result = impactAnalysis({
      graph: withUnknown,
      changed: 'ledger',
      current: 0.999,
      proposed: 0.99,
      targets,
    });
    expect(result.unknownAvailability).toEqual(['orders']);
    const inventory = result.impacted.find(s => s.id === 'inventory')!;
    // Supernode without orders' value: nothing known besides the root → 1.
    expect(inventory.currentComposite).toBeCloseTo(0.999, 12);
    expect(inventory.unknownDependencies).toBe(1);
    const bad = { graph, changed: 'ledger', targets, proposed: 0.99 };
    expect(() => impactAnalysis({ ...bad, current: 1.5 })).toThrow(RangeError);
    expect(() =>
      impactAnalysis({ ...bad, current: 0.99, changed: 'nope' }),
    ).toThrow('nope is not a node of the graph');
  });

  it('builds a one-sentence summary from the counts', () => {
    const { impacted } = run();
    expect(
      impactSummarySentence({
        changed: 'ledger',
        current: 0.999,
        proposed: 0.99,
        impacted,
      }),
    ).toBe(
      'Reducing ledger to 99.00% lowers the composite of 5 of 6 upstream ' +
        'services and puts 3 SLOs at risk of breach.',
    );
    expect(
      impactSummarySentence({
        changed: 'x',
        current: 0.99,
        proposed: 0.99,
        impacted: [],
      }),
    ).toBe(
      'Keeping x at 99.00% affects no other service: nothing depends on it.',
    );
  });
});
