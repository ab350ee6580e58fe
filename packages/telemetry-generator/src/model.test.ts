import { compileFleet, computeStep, createStepState } from './model';
import { svc } from './testFleets';

function step(
  services: ReturnType<typeof svc>[],
  t0: number,
  t1: number,
  active = services.map(() => 1),
) {
  const cf = compileFleet({ services }, 0);
  const state = createStepState(services.length);
  computeStep(cf, t0, t1, Uint8Array.from(active), state);
  return state;
}

describe('computeStep', () => {
  it('adds propagated callee errors, and a redundancy group only when all fail', () => {
    const state = step(
      [
        svc(
          'a',
          [
            { target: 'b', propagation: 0.5 },
            { target: 'c', propagation: 1, redundancyGroup: 'g' },
            { target: 'd', propagation: 0.8, redundancyGroup: 'g' },
          ],
          { errorRatio: 0.001 },
        ),
        svc('b', [], { errorRatio: 0.02 }),
        svc('c', [], { errorRatio: 0.1 }),
        svc('d', [], { errorRatio: 0.2 }),
      ],
      0,
      600,
    );
    // 0.001 own (500) + 0.5 * 0.02 + max(1, 0.8) * 0.1 * 0.2 (503)
    expect(state.err500[0]).toBeCloseTo(0.001, 12);
    expect(state.err503[0]).toBeCloseTo(0.01 + 0.02, 12);
  });

  it('chains propagation through several hops', () => {
    const state = step(
      [
        svc('a', [{ target: 'b', propagation: 0.5 }]),
        svc('b', [{ target: 'c', propagation: 0.5 }], { errorRatio: 0.01 }),
        svc('c', [], { errorRatio: 0.04 }),
      ],
      0,
      60,
    );
    expect(state.err503[1]).toBeCloseTo(0.02, 12); // 0.5 * 0.04
    expect(state.err500[0] + state.err503[0]).toBeCloseTo(0.015, 12); // 0.5 * (0.01 + 0.02)
  });

  it('weights incidents and deployments by their overlap with the step', () => {
    const services = [
      svc('a', [], {
        errorRatio: 0.001,
        incidents: [
          {
            offset: 300,
            durationSeconds: 600,
            extraErrorRatio: 0.1,
            errorCode: '503',
          },
        ],
        deployments: [{ offset: 300, latencyMultiplier: 2 }],
      }),
    ];
    const first = step(services, 0, 600); // half of the step overlaps
    expect(first.err503[0]).toBeCloseTo(0.05, 12);
    expect(first.latency[0]).toBeCloseTo(Math.SQRT2, 12);
    const later = step(services, 900, 1500); // incident over, deployment stays
    expect(later.err503[0]).toBe(0);
    expect(later.err500[0]).toBeCloseTo(0.001, 12);
    expect(later.latency[0]).toBeCloseTo(2, 12);
  });

  it('closes a cycle with the previous step, and ignores an inactive callee', () => {
    const cycle = [
      svc('a', [{ target: 'b', propagation: 0.5 }], { errorRatio: 0.01 }),
      svc('b', [{ target: 'a', propagation: 0.5 }], { errorRatio: 0.02 }),
    ];
    const cf = compileFleet({ services: cycle }, 0);
    const state = createStepState(2);
    const total = (s: number) => state.err500[s] + state.err503[s];
    computeStep(cf, 0, 60, Uint8Array.from([1, 1]), state);
    // order is [b, a]: b sees a's own 0.01 -> 0.025; a sees b -> 0.0225
    expect(total(1)).toBeCloseTo(0.025, 12);
    expect(total(0)).toBeCloseTo(0.0225, 12);
    computeStep(cf, 60, 120, Uint8Array.from([1, 1]), state);
    // b now sees a's previous 0.0225 -> 0.03125; a -> 0.025625
    expect(total(1)).toBeCloseTo(0.03125, 12);
    expect(total(0)).toBeCloseTo(0.025625, 12);
    const young = step(cycle, 0, 60, [1, 0]);
    expect(young.err500[0] + young.err503[0]).toBeCloseTo(0.01, 12);
  });

  it('caps the error ratio at 1', () => {
    const state = step(
      [
        svc('a', [{ target: 'b', propagation: 1 }], { errorRatio: 0.5 }),
        svc('b', [], { errorRatio: 0.9 }),
      ],
      0,
      60,
    );
    expect(state.err500[0] + state.err503[0]).toBeCloseTo(1, 12);
    expect(state.err500[0]).toBeCloseTo(0.5 / 1.4, 12);
  });
});
