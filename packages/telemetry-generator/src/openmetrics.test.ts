import { generateSeries } from './generate';
import {
  familyOf,
  formatLabels,
  formatOpenMetrics,
  formatTimestamp,
  formatValue,
  openMetricsText,
} from './openmetrics';
import { svc } from './testFleets';

describe('formatOpenMetrics', () => {
  it('writes hand-written series exactly as promtool expects', () => {
    const text = formatOpenMetrics([
      {
        name: 'http_server_requests_total',
        type: 'counter',
        help: 'Requests.',
        labels: { service: 'checkout', code: '200' },
        samples: [
          [1795270920, 600],
          [1795270980, 1200],
        ],
      },
      {
        name: 'lat_bucket',
        type: 'histogram',
        labels: { service: 'checkout', le: '0.1' },
        samples: [[1795270920, 300]],
      },
      {
        name: 'lat_bucket',
        type: 'histogram',
        labels: { service: 'checkout', le: '+Inf' },
        samples: [[1795270920, 600]],
      },
      {
        name: 'http_server_requests_total',
        type: 'counter',
        labels: { service: 'checkout', code: '500' },
        samples: [[1795270920.5, 0.25]],
      },
      {
        name: 'lat_count',
        type: 'histogram',
        labels: { service: 'checkout' },
        samples: [[1795270920, 600]],
      },
      {
        name: 'lat_sum',
        type: 'histogram',
        labels: { service: 'checkout' },
        samples: [[1795270920, 72.5]],
      },
      {
        name: 'temp',
        type: 'gauge',
        labels: { room: 'a "b"\\c\nd' },
        samples: [[1, -Infinity]],
      },
    ]);
    expect(text).toBe(
      [
        '# HELP http_server_requests Requests.',
        '# TYPE http_server_requests counter',
        'http_server_requests_total{service="checkout",code="200"} 600 1795270920',
        'http_server_requests_total{service="checkout",code="200"} 1200 1795270980',
        'http_server_requests_total{service="checkout",code="500"} 0.25 1795270920.5',
        '# TYPE lat histogram',
        'lat_bucket{service="checkout",le="0.1"} 300 1795270920',
        'lat_bucket{service="checkout",le="+Inf"} 600 1795270920',
        'lat_count{service="checkout"} 600 1795270920',
        'lat_sum{service="checkout"} 72.5 1795270920',
        '# TYPE temp gauge',
        'temp{room="a \\"b\\"\\\\c\\nd"} -Inf 1',
        '# EOF',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [{ name: 'requests', type: 'counter' as const }, /must end with _total/],
    [
      { name: 'lat', type: 'histogram' as const },
      /must end with _bucket or _count or _sum/,
    ],
    [{ name: 'lat_bucket', type: 'histogram' as const }, /needs an le label/],
    [
      {
        name: 'x_total',
        type: 'counter' as const,
        labels: { 'bad-name': 'v' },
      },
      /bad label name/,
    ],
    [
      {
        name: 'x_total',
        type: 'counter' as const,
        samples: [
          [2, 1],
          [2, 2],
        ],
      },
      /strictly increase/,
    ],
    [
      {
        name: 'x_total',
        type: 'counter' as const,
        samples: [
          [3, 1],
          [2, 2],
        ],
      },
      /strictly increase/,
    ],
  ])('rejects what promtool would drop or misread (%#)', (partial, message) => {
    const series = {
      labels: {},
      samples: [[1, 1]] as Array<[number, number]>,
      ...partial,
    };
    expect(() => formatOpenMetrics([series as any])).toThrow(message);
  });

  it('refuses a family with two types', () => {
    expect(() =>
      formatOpenMetrics([
        { name: 'x_total', type: 'counter', labels: {}, samples: [] },
        { name: 'x', type: 'gauge', labels: {}, samples: [] },
      ]),
    ).toThrow(/both counter and gauge/);
  });
});

describe('formatting helpers', () => {
  it('formats values, timestamps, labels and family names', () => {
    expect(formatValue(12)).toBe('12');
    expect(formatValue(0.1)).toBe('0.1');
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('+Inf');
    expect(formatTimestamp(1795270920)).toBe('1795270920');
    expect(formatTimestamp(1795270920.1234)).toBe('1795270920.123');
    expect(() => formatTimestamp(NaN)).toThrow(/bad timestamp/);
    expect(formatLabels({})).toBe('');
    expect(
      familyOf('traces_service_graph_request_failed_total', 'counter'),
    ).toBe('traces_service_graph_request_failed');
    expect(familyOf('a_count', 'histogram')).toBe('a');
  });
});

describe('openMetricsText of a generated tiny fleet', () => {
  it('writes two samples of a quiet service and its edge exactly', () => {
    const fleet = {
      services: [
        svc('api', [{ target: 'db', propagation: 1 }], { requestRate: 0 }),
        { ...svc('db'), kind: 'resource' as const },
      ],
    };
    const text = [
      ...openMetricsText(
        generateSeries({
          fleet,
          start: 1000,
          end: 1060,
          stepSeconds: 60,
          seed: 1,
        }),
      ),
    ].join('');
    const les = [
      '0.005',
      '0.01',
      '0.025',
      '0.05',
      '0.1',
      '0.25',
      '0.5',
      '1',
      '2.5',
      '5',
      '10',
      '+Inf',
    ];
    const two = (series: string) => [`${series} 0 1000`, `${series} 0 1060`];
    expect(text).toBe(
      [
        '# HELP http_server_requests HTTP requests served, by service and status code.',
        '# TYPE http_server_requests counter',
        ...two('http_server_requests_total{service="api",code="200"}'),
        ...two('http_server_requests_total{service="api",code="500"}'),
        ...two('http_server_requests_total{service="api",code="503"}'),
        '# HELP http_server_request_duration_seconds HTTP server request duration in seconds.',
        '# TYPE http_server_request_duration_seconds histogram',
        ...les.flatMap(le =>
          two(
            `http_server_request_duration_seconds_bucket{service="api",le="${le}"}`,
          ),
        ),
        ...two('http_server_request_duration_seconds_count{service="api"}'),
        ...two('http_server_request_duration_seconds_sum{service="api"}'),
        '# HELP traces_service_graph_request Calls from client to server (OpenTelemetry service graph).',
        '# TYPE traces_service_graph_request counter',
        ...two('traces_service_graph_request_total{client="api",server="db"}'),
        '# HELP traces_service_graph_request_failed Failed calls from client to server (OpenTelemetry service graph).',
        '# TYPE traces_service_graph_request_failed counter',
        ...two(
          'traces_service_graph_request_failed_total{client="api",server="db"}',
        ),
        '# EOF',
        '',
      ].join('\n'),
    );
  });

  it('repeats the # TYPE line (not # HELP) when a later time chunk comes back to a family', () => {
    const fleet = { services: [svc('api')] };
    const text = [
      ...openMetricsText(
        generateSeries({
          fleet,
          start: 0,
          end: 600,
          stepSeconds: 60,
          seed: 1,
          maxChunkValues: 100,
        }),
      ),
    ].join('');
    const lines = text.split('\n');
    // 17 series, floor(100 / 17) = 5 steps per chunk, 11 samples: 3 chunks
    expect(
      lines.filter(l => l === '# TYPE http_server_requests counter'),
    ).toHaveLength(3);
    expect(
      lines.filter(l => l.startsWith('# HELP http_server_requests ')),
    ).toHaveLength(1);
    expect(lines.filter(l => l === '')).toEqual(['']); // only after # EOF
    expect(text.endsWith('\n# EOF\n')).toBe(true);
  });
});
