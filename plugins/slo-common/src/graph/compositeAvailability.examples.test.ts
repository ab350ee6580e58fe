/**
 * Worked examples with hand-computed numbers: the diamonds of the calculus
 * of service availability, the FR-3 examples and the rule of the extra nine.
 */
import { hard, nodes } from './__testUtils__/graphBuilders';
import { compositeAvailability } from './compositeAvailability';

describe('compositeAvailability worked examples', () => {
  describe('shared dependencies (diamonds)', () => {
    it('counts a dependency reached by two hard paths once', () => {
      // A→B, A→C, B→D, C→D, all 0.99: 0.99^4 = 0.96059601 (not 0.99^5 = 0.95099005)
      const result = compositeAvailability({
        graph: {
          nodes: nodes({ A: 0.99, B: 0.99, C: 0.99, D: 0.99 }),
          edges: [
            hard('A', 'B'),
            hard('A', 'C'),
            hard('B', 'D'),
            hard('C', 'D'),
          ],
        },
        root: 'A',
      });
      expect(result.bound).toBeCloseTo(0.96059601, 12);
      expect(result.method).toBe('serial-product');
      expect(result.exact).toBe(true);
    });

    it('conditions on a dependency shared under redundancy', () => {
      // A needs (B or C), both need D, all 0.99:
      // a·d·(1-(1-b)(1-c)) = 0.9801 × 0.9999 = 0.98000199 (naive: 0.98961)
      const result = compositeAvailability({
        graph: {
          nodes: nodes({ A: 0.99, B: 0.99, C: 0.99, D: 0.99 }),
          edges: [
            hard('A', 'B', 'replicas'),
            hard('A', 'C', 'replicas'),
            hard('B', 'D'),
            hard('C', 'D'),
          ],
        },
        root: 'A',
        target: 0.99,
      });
      expect(result.bound).toBeCloseTo(0.98000199, 12);
      expect(result.method).toBe('conditioning');
      // D fails the whole thing alone; B and C do not
      const spof = Object.fromEntries(
        result.hardDependencies.map(d => [d.id, d.singlePointOfFailure]),
      );
      expect(spof).toEqual({ B: false, C: false, D: true });
      expect(result.bottleneck).toEqual({ id: 'D', availability: 0.99 });
      // B's share is 1 (0.01 / 0.01), but as a replica it is not flagged
      const shares = Object.fromEntries(
        result.budgetShares!.map(s => [s.id, s.high]),
      );
      expect(shares).toEqual({ B: false, C: false, D: true });
    });
  });

  describe('FR-3 worked examples', () => {
    // checkout 0.998 needs payment-service 0.9998, inventory 0.99975 and an
    // external payment API observed at 0.9995.
    // bound = 0.998 × 0.9998 × 0.99975 × 0.9995
    //       = 0.998 × 0.999050274975 = 0.99705217442505 → "99.70%"
    const graph = {
      nodes: [
        ...nodes({
          checkout: 0.998,
          'payment-service': 0.9998,
          inventory: 0.99975,
        }),
        {
          id: 'payment-api',
          external: true,
          availability: 0.9995,
          publishedSla: 0.9999,
        },
      ],
      edges: [
        hard('checkout', 'payment-service'),
        hard('checkout', 'inventory'),
        hard('checkout', 'payment-api'),
      ],
    };

    it('warns that 99.99% is unachievable with a 99.70% bound and advises 99.999%', () => {
      const result = compositeAvailability({
        graph,
        root: 'checkout',
        target: 0.9999,
      });
      expect(result.bound).toBeCloseTo(0.99705217442505, 12);
      expect(result.achievable).toBe(false);
      expect(result.message).toBe(
        'Target 99.99% is not achievable: with 3 hard dependencies the ' +
          'composite availability is at most 99.70%. Each hard dependency ' +
          'needs about 99.999% (one more nine than the target).',
      );
    });

    it('uses the observed availability of an external dependency, not its SLA', () => {
      const result = compositeAvailability({
        graph,
        root: 'checkout',
        target: 0.999,
      });
      const api = result.hardDependencies.find(d => d.id === 'payment-api');
      expect(api).toMatchObject({ availability: 0.9995, source: 'observed' });
      // the external API is the weakest and uses (1 - 0.9995) / 0.001 = 50%
      // of a 99.9% budget: flagged; payment-service 20%, inventory 25% are not
      expect(result.bottleneck).toEqual({
        id: 'payment-api',
        availability: 0.9995,
      });
      const shares = result.budgetShares!.map(s => [
        s.id,
        Number(s.share.toFixed(6)),
        s.high,
      ]);
      expect(shares).toEqual([
        ['payment-api', 0.5, true],
        ['inventory', 0.25, false],
        ['payment-service', 0.2, false],
      ]);
    });

    it('uses a published SLA of 99.99% as 99.89% when nothing is observed', () => {
      const result = compositeAvailability({
        graph: {
          nodes: [
            { id: 'shop', availability: 1 },
            { id: 'sms-gateway', external: true, publishedSla: 0.9999 },
          ],
          edges: [hard('shop', 'sms-gateway')],
        },
        root: 'shop',
        target: 0.999,
      });
      // 1 × (0.9999 - 0.001) = 0.9989, below 0.999
      expect(result.bound).toBeCloseTo(0.9989, 12);
      expect(result.hardDependencies[0].source).toBe('published-sla');
      expect(result.achievable).toBe(false);
      // (1 - 0.9989) / 0.001 = 1.1: more than the whole budget
      expect(result.budgetShares![0].share).toBeCloseTo(1.1, 9);
      expect(result.confidence).toBe(1);
    });
  });

  it('applies the rule of the extra nine: five dependencies at 99.999% fit 99.99%', () => {
    // bound = 1 × 0.99999^5 = 0.99995000099999; each share = 0.00001 / 0.0001 = 10%,
    // together 50%: 26.28 of the 52.56 yearly minutes
    const deps = ['a', 'b', 'c', 'd', 'e'];
    const result = compositeAvailability({
      graph: {
        nodes: [
          { id: 'svc', availability: 1 },
          ...deps.map(id => ({ id, availability: 0.99999 })),
        ],
        edges: deps.map(id => hard('svc', id)),
      },
      root: 'svc',
      target: 0.9999,
    });
    expect(result.bound).toBeCloseTo(0.99995000099999, 12);
    expect(result.achievable).toBe(true);
    expect(result.message).toBeUndefined();
    const total = result.budgetShares!.reduce((sum, s) => sum + s.share, 0);
    expect(total).toBeCloseTo(0.5, 9);
    expect(
      result.budgetShares!.every(
        s => !s.high && Math.abs(s.share - 0.1) < 1e-9,
      ),
    ).toBe(true);
  });

  it('reproduces the worked example of docs/algorithms.md', () => {
    // serial set: checkout 0.9995 × cart 0.9998 × payment-api (0.9995 - 0.001)
    //   = 0.9993001 × 0.9985 = 0.99780114985
    // (db-primary or db-replica), both on storage 0.9999:
    //   0.9999 × (1 - 0.001 × 0.002) = 0.9998980002
    // bound = 0.99780114985 × 0.9998980002 = 0.997699374332...
    const result = compositeAvailability({
      graph: {
        nodes: [
          { id: 'checkout', availability: 0.9995 },
          { id: 'cart', availability: 0.9998 },
          { id: 'db-primary', availability: 0.999 },
          { id: 'db-replica', availability: 0.998 },
          { id: 'storage', availability: 0.9999 },
          { id: 'payment-api', external: true, publishedSla: 0.9995 },
          { id: 'recommendations', availability: 0.99 },
        ],
        edges: [
          hard('checkout', 'cart'),
          hard('checkout', 'db-primary', 'db'),
          hard('checkout', 'db-replica', 'db'),
          hard('db-primary', 'storage'),
          hard('db-replica', 'storage'),
          hard('checkout', 'payment-api'),
          {
            from: 'checkout',
            to: 'recommendations',
            criticality: 'soft',
            mode: 'sync',
          },
        ],
      },
      root: 'checkout',
      target: 0.999,
    });
    expect(result.bound).toBeCloseTo(0.99780114985 * 0.9998980002, 12);
    expect(result.bottleneck).toEqual({
      id: 'payment-api',
      availability: 0.9985,
    });
    const high = result.budgetShares!.filter(s => s.high).map(s => s.id);
    expect(high).toEqual(['payment-api']); // (1 - 0.9985) / 0.001 = 1.5
    expect(result.message).toBe(
      'Target 99.90% is not achievable: with 5 hard dependencies the ' +
        'composite availability is at most 99.76%. Each hard dependency ' +
        'needs about 99.99% (one more nine than the target).',
    );
  });
});
