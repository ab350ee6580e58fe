import {
  assertLabelName,
  assertMetricName,
  equalityMatcher,
  escapePromQLString,
  escapeRegex,
  labelMatcher,
} from './promqlEscape';
import { decodeStringLiteral } from './promqlLiterals';

describe('escapePromQLString', () => {
  it.each([
    ['checkout', 'checkout'],
    ['say "hi"', 'say \\"hi\\"'],
    ['C:\\temp\\', 'C:\\\\temp\\\\'],
    ['\\"', '\\\\\\"'],
    ['line1\nline2', 'line1\\nline2'],
    ['a\r\tb', 'a\\r\\tb'],
    ['nul\u0000bell\u0007del\u007f', 'nul\\x00bell\\x07del\\x7f'],
    ['zürich-日本-🚀', 'zürich-日本-🚀'],
    ["it's `raw`", "it's `raw`"],
    ['', ''],
  ])('%j → %j and back', (value, escaped) => {
    expect(escapePromQLString(value)).toBe(escaped);
    expect(decodeStringLiteral(`"${escaped}"`)).toBe(value);
  });

  it('refuses unpaired surrogates', () => {
    expect(() => escapePromQLString('a\uD800b')).toThrow(/surrogate/);
  });
});

describe('matchers and names', () => {
  it('builds equality and other matchers', () => {
    expect(equalityMatcher('service', 'a"b\\c')).toBe('service="a\\"b\\\\c"');
    expect(labelMatcher({ label: 'env', op: '!~', value: 'dev|test' })).toBe(
      'env!~"dev|test"',
    );
  });

  it.each(['service', '_x', 'Label_9'])('accepts label name %s', name =>
    expect(assertLabelName(name)).toBe(name),
  );
  it.each(['9lives', 'a-b', 'a.b', '', 'a b', '__name__', 'ä', 'x}'])(
    'rejects label name %j',
    name => expect(() => assertLabelName(name, 'where')).toThrow(/^where/),
  );
  it.each(['http_server_requests_total', 'job:rate5m', '_x'])(
    'accepts metric name %s',
    name => expect(assertMetricName(name)).toBe(name),
  );
  it.each(['1x', 'a-b', 'a{b}', 'rate(x)', ''])(
    'rejects metric name %j',
    name => expect(() => assertMetricName(name)).toThrow(/not a valid metric/),
  );
});

describe('escapeRegex', () => {
  it('escapes every RE2 metacharacter', () => {
    expect(escapeRegex('a.b+c*d?e(f)g|h[i]j{k}l^m$n\\o')).toBe(
      'a\\.b\\+c\\*d\\?e\\(f\\)g\\|h\\[i\\]j\\{k\\}l\\^m\\$n\\\\o',
    );
    const literal = 'a.b|(c)';
    expect(new RegExp(`^${escapeRegex(literal)}$`).test(literal)).toBe(true);
    expect(new RegExp(`^${escapeRegex(literal)}$`).test('axb|(c)')).toBe(false);
  });
});
