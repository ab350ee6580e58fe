import { InputError } from '@backstage/errors';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PromQL label matcher operators. */
export type MatchOp = '=' | '!=' | '=~' | '!~';

/** One label matcher, value unescaped. */
export interface LabelMatcher {
  label: string;
  op: MatchOp;
  value: string;
}

export function isValidLabelName(name: string): boolean {
  return LABEL_NAME.test(name);
}

export function isValidMetricName(name: string): boolean {
  return METRIC_NAME.test(name);
}

/** Returns `name` or throws an InputError saying where it came from. */
export function assertLabelName(name: string, where = 'label name'): string {
  if (!isValidLabelName(name) || name.startsWith('__')) {
    throw new InputError(
      `${where} "${name}" is not a valid label name (letters, digits and _, not starting with a digit or __)`,
    );
  }
  return name;
}

/** Returns `name` or throws an InputError saying where it came from. */
export function assertMetricName(name: string, where = 'metric name'): string {
  if (!isValidMetricName(name)) {
    throw new InputError(
      `${where} "${name}" is not a valid metric name (letters, digits, _ and :, not starting with a digit)`,
    );
  }
  return name;
}

/**
 * Escapes a label value for the inside of a double-quoted PromQL string
 * (Go `strconv.Unquote` rules): backslash, double quote and control
 * characters. Other Unicode passes unchanged; unpaired surrogates, which
 * have no UTF-8 form, are refused.
 */
export function escapePromQLString(value: string): string {
  if (LONE_SURROGATE.test(value)) {
    throw new InputError('label value contains an unpaired UTF-16 surrogate');
  }
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\\"\u0000-\u001f\u007f]/g, c => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    }
  });
}

/** A double-quoted PromQL string literal of `value`. */
export function quotePromQLString(value: string): string {
  return `"${escapePromQLString(value)}"`;
}

/**
 * Escapes RE2 metacharacters so that `value` matches only itself in a
 * `=~` matcher (which Prometheus anchors at both ends).
 */
export function escapeRegex(value: string): string {
  return value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** `label<op>"value"` with the label name validated and the value escaped. */
export function labelMatcher(m: LabelMatcher): string {
  return `${assertLabelName(m.label)}${m.op}${quotePromQLString(m.value)}`;
}

/** `label="value"`. */
export function equalityMatcher(label: string, value: string): string {
  return labelMatcher({ label, op: '=', value });
}

/** Comma-joined matchers, for inside `{...}`. */
export function joinMatchers(matchers: LabelMatcher[]): string {
  return matchers.map(labelMatcher).join(',');
}
