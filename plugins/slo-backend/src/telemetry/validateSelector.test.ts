import { regexProblem } from './promqlLiterals';
import { validateMatchers, validateSelector } from './validateSelector';

const source = {
  entityRef: 'component:default/checkout',
  annotation: 'slo-engine.io/prometheus-selector',
};

describe('validateSelector', () => {
  it('returns the matchers of valid selectors', () => {
    expect(validateSelector('{job="checkout", env!="dev"}')).toEqual({
      matchers: [
        { label: 'job', op: '=', value: 'checkout' },
        { label: 'env', op: '!=', value: 'dev' },
      ],
    });
    expect(
      validateSelector(
        `http_requests_total{service="x",code=~'5..',a!=\`b\\\`}`,
      ),
    ).toEqual({
      metricName: 'http_requests_total',
      matchers: [
        { label: 'service', op: '=', value: 'x' },
        { label: 'code', op: '=~', value: '5..' },
        { label: 'a', op: '!=', value: 'b\\' },
      ],
    });
    expect(validateSelector('up').metricName).toBe('up');
  });

  it('decodes escapes in values', () => {
    expect(
      validateSelector('{a="q\\"b\\\\s\\n\\u00e9\\x41\\101"}').matchers[0]
        .value,
    ).toBe('q"b\\s\néAA');
  });

  it.each([
    ['{job="checkout"', 'column 16'],
    ['{job=checkout}', 'column 6'],
    ['{job="a",,}', 'column 10'],
    ['{job="a"}\n{x', 'line 2, column 1'],
    ['{job=="a"}', 'column 6'],
  ])('reports syntax errors with positions: %j', (text, where) => {
    expect(() => validateSelector(text, source)).toThrow(
      `component:default/checkout: annotation slo-engine.io/prometheus-selector: invalid selector at ${where}: syntax error`,
    );
  });

  it.each([
    ['rate(up[5m])', 'column 1: functions are not allowed'],
    ['sum(up)', 'aggregations are not allowed'],
    ['up{a="b"} offset 5m', 'column 11: offset modifiers are not allowed'],
    ['up @ 1700000000', 'column 4: @ modifiers are not allowed'],
    ['up[5m]', 'range selectors are not allowed'],
    ['up[5m:1m]', 'subqueries are not allowed'],
    ['up or down', 'operators are not allowed'],
    ['-up', 'operators are not allowed'],
    ['(up)', 'parentheses are not allowed'],
    ['"x"', 'expected a vector selector'],
    ['{}', 'column 1: selector has no label matchers'],
    ['', 'empty selector'],
    ['{a="\\q"}', 'column 5: invalid escape sequence \\q'],
    ['{__name__="up"}', 'not a valid label name'],
    ['{"a.b"="x"}', 'not a valid label name'],
    ['{a=~"(?=x)"}', 'look-around is not supported'],
    ['{a=~"(x"}', 'invalid regular expression'],
  ])('rejects %j', (text, message) => {
    expect(() => validateSelector(text, source)).toThrow(message);
  });

  it('refuses very long selectors before parsing', () => {
    expect(() => validateSelector(`{a="${'x'.repeat(2000)}"}`, source)).toThrow(
      /longer than 1000/,
    );
  });
});

describe('validateMatchers', () => {
  it('accepts matchers with or without braces and reports positions in the given text', () => {
    expect(validateMatchers('code=~"5.."')).toEqual([
      { label: 'code', op: '=~', value: '5..' },
    ]);
    expect(validateMatchers('{env="prod"}')).toHaveLength(1);
    expect(() => validateMatchers('code=~5', { description: 'key' })).toThrow(
      'key: invalid selector at column 7: syntax error',
    );
    expect(() => validateMatchers('up{a="b"}')).toThrow(/syntax error/);
  });
});

describe('regexProblem', () => {
  it.each(['5..', '(?i)checkout', '(?P<x>a)|b', '[a-z]+', 'a{2,3}'])(
    'accepts %s',
    r => expect(regexProblem(r)).toBeUndefined(),
  );
  it.each(['(?!x)', '(?<=x)a', '(a)\\1', '[', '(?<x'])('rejects %s', r =>
    expect(regexProblem(r)).toBeDefined(),
  );
});
