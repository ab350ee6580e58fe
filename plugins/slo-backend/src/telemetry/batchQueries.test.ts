import {
  buildBatchQueries,
  chunkRegexAlternatives,
  quantileQuery,
  regexMatcher,
} from './batchQueries';
import { TelemetryMapping } from './metricMapping';

const mapping = (
  value: string,
  extra: Partial<TelemetryMapping> = {},
): TelemetryMapping => ({
  entityRef: `component:default/${value}`,
  serviceLabel: 'service',
  serviceLabelValue: value,
  matchers: `service="${value}"`,
  extraMatchers: '',
  totalMetric: 'http_server_requests_total',
  errorSelector: 'code=~"5.."',
  bucketMetric: 'http_server_request_duration_seconds_bucket',
  ...extra,
});

describe('regexMatcher', () => {
  it('escapes regex metacharacters, then the PromQL string', () => {
    expect(regexMatcher('service', ['a.b', 'c|d', 'e"f\\g'])).toBe(
      'service=~"a\\\\.b|c\\\\|d|e\\"f\\\\\\\\g"',
    );
  });
});

describe('chunkRegexAlternatives', () => {
  it('fills each chunk up to exactly the limit', () => {
    // "aaaa|bbbb" is 9 characters
    expect(chunkRegexAlternatives(['aaaa', 'bbbb', 'cccc'], 9)).toEqual([
      ['aaaa', 'bbbb'],
      ['cccc'],
    ]);
    expect(chunkRegexAlternatives(['aaaa', 'bbbb', 'cccc'], 8)).toEqual([
      ['aaaa'],
      ['bbbb'],
      ['cccc'],
    ]);
    expect(chunkRegexAlternatives(['aaaa', 'bbbb', 'cccc'], 14)).toEqual([
      ['aaaa', 'bbbb', 'cccc'],
    ]);
  });

  it('measures the escaped length', () => {
    // a.b → a\\.b inside the PromQL string: 5 characters
    expect(chunkRegexAlternatives(['a.b', 'c.d'], 10)).toEqual([
      ['a.b'],
      ['c.d'],
    ]);
    expect(chunkRegexAlternatives(['a.b', 'c.d'], 11)).toEqual([
      ['a.b', 'c.d'],
    ]);
  });

  it('gives an over-long value a chunk of its own', () => {
    expect(chunkRegexAlternatives(['x'.repeat(20), 'y'], 10)).toEqual([
      ['x'.repeat(20)],
      ['y'],
    ]);
    expect(chunkRegexAlternatives([], 10)).toEqual([]);
  });

  it('keeps every query of a large fleet under the default 4,000 characters', () => {
    const names = Array.from({ length: 1_000 }, (_, i) => `service-${i}.eu`);
    const plan = buildBatchQueries(
      names.map(n => mapping(n)),
      {
        rangeSeconds: 3600,
      },
    );
    expect(plan.batches.length).toBeGreaterThan(1);
    const covered = plan.batches.flatMap(b => [...b.refByLabelValue.keys()]);
    expect(covered.sort()).toEqual([...names].sort());
    for (const b of plan.batches) {
      const regex = /=~"(.*?[^\\])"/.exec(b.matchers)![1];
      expect(regex.length).toBeLessThanOrEqual(4_000);
    }
  });
});

describe('buildBatchQueries', () => {
  it('builds one query per family for entities that share metrics', () => {
    const plan = buildBatchQueries(
      [mapping('cart'), mapping('checkout'), { entityRef: 'x', error: 'bad' }],
      { rangeSeconds: 3600 },
    );
    expect(plan.duplicates).toEqual([]);
    expect(plan.batches).toHaveLength(1);
    const [batch] = plan.batches;
    expect(batch.refByLabelValue).toEqual(
      new Map([
        ['cart', 'component:default/cart'],
        ['checkout', 'component:default/checkout'],
      ]),
    );
    expect(batch.queries).toEqual({
      totals:
        'sum by (service) (increase(http_server_requests_total{service=~"cart|checkout"}[3600s]))',
      errors:
        'sum by (service) (increase(http_server_requests_total{service=~"cart|checkout",code=~"5.."}[3600s]))',
      buckets:
        'sum by (service, le) (increase(http_server_request_duration_seconds_bucket{service=~"cart|checkout"}[3600s]))',
    });
    expect(quantileQuery(batch, 0.99)).toBe(
      `histogram_quantile(0.99, ${batch.queries.buckets})`,
    );
  });

  it('separates entities with other metrics or extra matchers and reports duplicates', () => {
    const plan = buildBatchQueries(
      [
        mapping('a'),
        mapping('b', { extraMatchers: 'env="prod"' }),
        mapping('c', { totalMetric: 'legacy_total' }),
        mapping('d'),
        { ...mapping('a'), entityRef: 'component:default/a-copy' },
      ],
      { rangeSeconds: 60 },
    );
    expect(plan.batches.map(b => b.matchers)).toEqual([
      'service=~"a|d"',
      'service=~"b",env="prod"',
      'service=~"c"',
    ]);
    expect(plan.batches[2].queries.totals).toContain('legacy_total{');
    expect(plan.duplicates).toEqual([
      {
        entityRef: 'component:default/a-copy',
        serviceLabelValue: 'a',
        sameAs: 'component:default/a',
      },
    ]);
  });

  it('validates its options', () => {
    expect(() => buildBatchQueries([], { rangeSeconds: 1.5 })).toThrow(
      RangeError,
    );
    expect(() =>
      quantileQuery(
        buildBatchQueries([mapping('a')], { rangeSeconds: 1 }).batches[0],
        1,
      ),
    ).toThrow(RangeError);
  });
});
