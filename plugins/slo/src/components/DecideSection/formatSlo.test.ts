import { SloBody } from '@slo-engine/plugin-slo-common';
import { formatOrigin, formatTargets } from './formatSlo';

describe('formatTargets', () => {
  it.each([
    [
      { availability: 99.5, latency_p99_ms: 250 },
      'availability 99.5%, p99 ≤ 250 ms',
    ],
    [
      { availability: 99.95, latency_p95_ms: 150, latency_p999_ms: 1500 },
      'availability 99.95%, p99.9 ≤ 1,500 ms, p95 ≤ 150 ms',
    ],
    [{ latency_p99_ms: 500 }, 'p99 ≤ 500 ms'],
    [{}, 'no targets'],
  ])('%j → %s', (targets, expected) => {
    expect(formatTargets(targets)).toBe(expected);
  });
});

describe('formatOrigin', () => {
  const slo = {
    source: 'recommendation_accepted',
    selected_tier: 'balanced',
  } as SloBody;
  it.each([
    [slo, 'balanced tier, accepted'],
    [
      {
        ...slo,
        source: 'recommendation_modified',
        selected_tier: 'aggressive',
      },
      'aggressive tier, modified',
    ],
    [{ ...slo, source: 'manual', selected_tier: null }, 'set manually'],
  ] as const)('%#', (input, expected) => {
    expect(formatOrigin(input as SloBody)).toBe(expected);
  });
});
