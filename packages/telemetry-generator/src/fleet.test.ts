import { validateFleet } from './fleet';
import { svc } from './testFleets';

describe('validateFleet', () => {
  it('accepts a good fleet', () => {
    expect(() =>
      validateFleet({
        services: [svc('a', [{ target: 'b', propagation: 0.5 }]), svc('b')],
      }),
    ).not.toThrow();
  });

  it.each([
    [[svc('a'), svc('a')], /duplicate service "a"/],
    [[svc('a', [{ target: 'x', propagation: 1 }])], /unknown dependency "x"/],
    [[svc('a', [{ target: 'a', propagation: 1 }])], /depends on itself/],
    [[svc('a', [], { errorRatio: 1.5 })], /errorRatio must be between 0 and 1/],
    [
      [svc('a', [], { latency: { medianSeconds: 0, sigma: 1 } })],
      /medianSeconds/,
    ],
    [[svc('a"b')], /bad service name/],
    [
      [svc('a', [], { incidents: [{ offset: 0, durationSeconds: -5 }] })],
      /incident durationSeconds/,
    ],
  ])('rejects a bad fleet (%#)', (services, message) => {
    expect(() => validateFleet({ services })).toThrow(message);
  });
});
