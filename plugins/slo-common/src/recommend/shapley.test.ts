import fc from 'fast-check';
import { featureShapley, shapleyValues } from './shapley';
// copy of the shared reference fixtures (exact fractions)
import fixtures from './__fixtures__/shapley-fixtures.json';

const SETTINGS = { seed: 2024, numRuns: 200 };

function fraction(text: string): number {
  const [num, den = '1'] = text.split('/');
  return Number(num) / Number(den);
}

function has(mask: number, i: number): boolean {
  return (mask & (1 << i)) !== 0;
}

const games: Record<string, [number, (mask: number) => number]> = {
  // players 0, 1 hold right gloves, 2 a left glove: a pair is worth 1
  glove: [3, m => (has(m, 2) && (has(m, 0) || has(m, 1)) ? 1 : 0)],
  // cost of the largest runway needed
  airport_costs_1_3_6: [
    3,
    m => Math.max(0, ...[1, 3, 6].filter((_, i) => has(m, i))),
  ],
  // quota 51 with weights 40, 30, 20, 10
  weighted_vote_51_40_30_20_10: [
    4,
    m =>
      [40, 30, 20, 10].reduce((s, w, i) => s + (has(m, i) ? w : 0), 0) >= 51
        ? 1
        : 0,
  ],
  additive8: [
    8,
    m =>
      [3, -1, 2, 5, 0, 7, 1, 4].reduce((s, a, i) => s + (has(m, i) ? a : 0), 0),
  ],
  pure_interaction_4: [4, m => (has(m, 0) && has(m, 1) ? 1 : 0)],
  parallel_redundancy: [
    3,
    m =>
      1 - [0.9, 0.99, 0.5].reduce((p, r, i) => p * (has(m, i) ? 1 - r : 1), 1),
  ],
};

describe('shapleyValues against published fixtures', () => {
  it.each(Object.keys(games))('%s', name => {
    const [n, v] = games[name];
    const expected = (fixtures as Record<string, string[]>)[name].map(fraction);
    const phi = shapleyValues(n, v);
    phi.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 12));
  });

  it('linear_interventional: f = 10 + 2x0 − 3x1 + x2/2', () => {
    const phi = featureShapley(
      x => 10 + 2 * x[0] - 3 * x[1] + 0.5 * x[2],
      [1, 2, 4],
      [0, 1, 2],
    );
    const expected = fixtures.linear_interventional.map(fraction);
    phi.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 12));
  });

  it('product_x0x1 at (2, 3), baseline 0', () => {
    const phi = featureShapley(x => x[0] * x[1], [2, 3], [0, 0]);
    expect(phi).toEqual(fixtures.product_x0x1.map(fraction));
  });

  it('rejects more than 8 players', () => {
    expect(() => shapleyValues(9, () => 0)).toThrow(RangeError);
  });
});

/** A random game on n players: a table of 2^n values. */
const games$ = fc.integer({ min: 1, max: 8 }).chain(n =>
  fc
    .array(fc.double({ min: -100, max: 100, noNaN: true }), {
      minLength: 1 << n,
      maxLength: 1 << n,
    })
    .map(table => ({ n, v: (m: number) => table[m] - table[0] })),
);

describe('shapleyValues axioms', () => {
  it('efficiency: values sum to v(all) − v(∅)', () => {
    fc.assert(
      fc.property(games$, ({ n, v }) => {
        const sum = shapleyValues(n, v).reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - (v((1 << n) - 1) - v(0)))).toBeLessThan(1e-9);
      }),
      SETTINGS,
    );
  });

  it('efficiency to 1e-12 on availability-scale games', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.9, max: 1, noNaN: true }), {
          minLength: 1,
          maxLength: 8,
        }),
        r => {
          const v = (m: number) =>
            r.reduce((p, ri, i) => p * (has(m, i) ? ri : 1), 1);
          const sum = shapleyValues(r.length, v).reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - (v((1 << r.length) - 1) - v(0)))).toBeLessThan(
            1e-12,
          );
        },
      ),
      SETTINGS,
    );
  });

  it('symmetry: interchangeable players get equal values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
          minLength: 9,
          maxLength: 9,
        }),
        (n, bySize) => {
          // v depends on coalition size only: every pair is symmetric
          const phi = shapleyValues(n, m => bySize[popcount(m)]);
          phi.forEach(p => expect(p).toBeCloseTo(phi[0], 9));
        },
      ),
      SETTINGS,
    );
  });

  it('null player: a player that never changes v gets 0', () => {
    fc.assert(
      fc.property(games$, fc.nat(7), ({ n, v }, k) => {
        const nullPlayer = k % n;
        const ignoring = (m: number) => v(m & ~(1 << nullPlayer));
        expect(Math.abs(shapleyValues(n, ignoring)[nullPlayer])).toBeLessThan(
          1e-9,
        );
      }),
      SETTINGS,
    );
  });
});

function popcount(m: number): number {
  let c = 0;
  for (let x = m; x; x &= x - 1) c++;
  return c;
}
