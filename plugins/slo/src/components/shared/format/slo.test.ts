import { formatSliTarget, formatTargets, sliLabel } from './slo';

describe('sliLabel', () => {
  it.each([
    ['availability', 'Availability'],
    ['latency_p95_ms', 'p95 latency'],
    ['latency_p99_ms', 'p99 latency'],
    ['latency_p999_ms', 'p99.9 latency'],
    ['latency_p99', 'p99 latency'],
    ['throughput', 'throughput'],
  ])('%p is %p', (sli, expected) => {
    expect(sliLabel(sli)).toBe(expected);
  });
});

describe('formatSliTarget', () => {
  it.each([
    ['availability', 99.9, '99.9%'],
    ['availability', 99.9999, '99.9999%'],
    ['latency_p99_ms', 300, '300 ms'],
    ['latency_p95_ms', 182.46, '182.5 ms'],
    ['latency_p999_ms', 1500, '1,500 ms'],
  ])('%p %p is %p', (sli, value, expected) => {
    expect(formatSliTarget(sli, value)).toBe(expected);
  });
});

describe('formatTargets', () => {
  it.each([
    [{ availability: 99.9 }, ['Availability 99.9%']],
    [
      { latency_p999_ms: 800, availability: 99.95, latency_p99_ms: 250 },
      ['Availability 99.95%', 'p99 latency ≤ 250 ms', 'p99.9 latency ≤ 800 ms'],
    ],
    [{}, []],
  ])('lists %j', (targets, expected) => {
    expect(formatTargets(targets)).toEqual(expected);
  });
});
