import { InputError } from '@backstage/errors';
import { parser } from '@prometheus-io/lezer-promql';
import {
  assertLabelName,
  assertMetricName,
  LabelMatcher,
  MatchOp,
} from './promqlEscape';
import {
  decodeStringLiteral,
  regexProblem,
  SelectorSyntaxError,
} from './promqlLiterals';

type SyntaxNode = ReturnType<typeof parser.parse>['topNode'];

/** What a valid selector contains; values are unescaped. */
export interface ParsedSelector {
  metricName?: string;
  matchers: LabelMatcher[];
}

/** Where a selector came from, for error messages. */
export interface SelectorSource {
  entityRef?: string;
  annotation?: string;
  /** Used instead of entity and annotation, e.g. a config key. */
  description?: string;
}

/** Longer selectors are refused before parsing. */
export const MAX_SELECTOR_LENGTH = 1_000;

const STRUCTURE = new Set([
  'PromQL',
  'VectorSelector',
  'Identifier',
  'LabelMatchers',
  'UnquotedLabelMatcher',
  'QuotedLabelMatcher',
  'QuotedLabelName',
  'LabelName',
  'MatchOp',
  'EqlSingle',
  'Neq',
  'EqlRegex',
  'NeqRegex',
  'StringLiteral',
]);

const FORBIDDEN: Record<string, string> = {
  FunctionCall: 'functions are not allowed',
  AggregateExpr: 'aggregations are not allowed',
  BinaryExpr: 'operators are not allowed',
  OffsetExpr: 'offset modifiers are not allowed',
  StepInvariantExpr: '@ modifiers are not allowed',
  MatrixSelector: 'range selectors are not allowed',
  SubqueryExpr: 'subqueries are not allowed',
  ParenExpr: 'parentheses are not allowed',
  UnaryExpr: 'operators are not allowed',
  LineComment: 'comments are not allowed',
};

const OPS: Record<string, MatchOp> = {
  EqlSingle: '=',
  Neq: '!=',
  EqlRegex: '=~',
  NeqRegex: '!~',
};

function describeSource(source: SelectorSource): string {
  if (source.description) return source.description;
  const parts = [
    source.entityRef,
    source.annotation && `annotation ${source.annotation}`,
  ].filter(Boolean);
  return parts.length ? parts.join(': ') : 'selector';
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  const column = before[before.length - 1].length + 1;
  return before.length > 1
    ? `line ${before.length}, column ${column}`
    : `column ${column}`;
}

function firstNode(node: SyntaxNode): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  const cursor = node.cursor();
  do {
    if (cursor.type.isError || !STRUCTURE.has(cursor.name)) {
      found = cursor.node;
      break;
    }
  } while (cursor.next());
  return found;
}

function child(node: SyntaxNode, name: string): SyntaxNode | null {
  return node.getChild(name);
}

function parseOrThrow(text: string): ParsedSelector {
  if (text.trim() === '') throw new SelectorSyntaxError(0, 'empty selector');
  const tree = parser.parse(text);
  const bad = firstNode(tree.topNode);
  if (bad) {
    if (bad.type.isError) {
      const near = text.slice(bad.from, bad.from + 12);
      throw new SelectorSyntaxError(
        bad.from,
        `syntax error ${near ? `near "${near}"` : 'at end of input'}`,
      );
    }
    const marker =
      child(bad, 'Offset') ?? child(bad, 'At') ?? bad.getChild('DurationExpr');
    throw new SelectorSyntaxError(
      (bad.name === 'FunctionCall' ? bad : marker ?? bad).from,
      FORBIDDEN[bad.name] ?? `expected a vector selector, found ${bad.name}`,
    );
  }
  const selector = tree.topNode.firstChild;
  if (!selector || selector.name !== 'VectorSelector') {
    throw new SelectorSyntaxError(0, 'expected a vector selector');
  }
  const value = (n: SyntaxNode) => text.slice(n.from, n.to);
  const result: ParsedSelector = { matchers: [] };
  const identifier = child(selector, 'Identifier');
  if (identifier) result.metricName = value(identifier);
  const matchers = child(selector, 'LabelMatchers');
  for (let m = matchers?.firstChild; m; m = m.nextSibling) {
    if (m.name === 'QuotedLabelName') {
      // `{"metric.name"}`: a quoted metric name
      const lit = m.getChild('StringLiteral')!;
      result.metricName = decodeStringLiteral(value(lit), lit.from);
      continue;
    }
    const nameNode =
      m.getChild('LabelName') ??
      m.getChild('QuotedLabelName')?.getChild('StringLiteral');
    const opNode = m.getChild('MatchOp')?.firstChild;
    const lit = m.getChild('StringLiteral');
    if (!nameNode || !opNode || !lit) continue;
    const label =
      nameNode.name === 'LabelName'
        ? value(nameNode)
        : decodeStringLiteral(value(nameNode), nameNode.from);
    try {
      assertLabelName(label);
    } catch (e) {
      throw new SelectorSyntaxError(nameNode.from, (e as Error).message);
    }
    const op = OPS[opNode.name];
    const decoded = decodeStringLiteral(value(lit), lit.from);
    if (op === '=~' || op === '!~') {
      const problem = regexProblem(decoded);
      if (problem) throw new SelectorSyntaxError(lit.from, problem);
    }
    result.matchers.push({ label, op, value: decoded });
  }
  if (result.metricName !== undefined) {
    try {
      assertMetricName(result.metricName);
    } catch (e) {
      throw new SelectorSyntaxError(
        identifier?.from ?? 0,
        (e as Error).message,
      );
    }
  }
  if (result.metricName === undefined && result.matchers.length === 0) {
    throw new SelectorSyntaxError(0, 'selector has no label matchers');
  }
  return result;
}

/**
 * Parses a series selector such as `{job="checkout", env!="dev"}` or
 * `http_requests_total{service="x"}` with the Prometheus grammar. Only a
 * plain vector selector is accepted: no functions, operators, offsets, `@`,
 * ranges or subqueries. Throws an InputError naming the source and the
 * position of the problem.
 */
export function validateSelector(
  text: string,
  source: SelectorSource = {},
): ParsedSelector {
  return validate(text, source, text);
}

function validate(
  text: string,
  source: SelectorSource,
  original: string,
): ParsedSelector {
  const where = describeSource(source);
  if (text.length > MAX_SELECTOR_LENGTH) {
    throw new InputError(
      `${where}: selector is longer than ${MAX_SELECTOR_LENGTH} characters`,
    );
  }
  try {
    return parseOrThrow(text);
  } catch (e) {
    if (e instanceof SelectorSyntaxError) {
      throw new InputError(
        `${where}: invalid selector at ${lineAndColumn(
          original,
          Math.max(0, e.position - text.indexOf(original)),
        )}: ${e.message}`,
      );
    }
    throw e;
  }
}

/**
 * Parses a list of matchers with or without braces, e.g. `code=~"5.."`,
 * refusing metric names.
 */
export function validateMatchers(
  text: string,
  source: SelectorSource = {},
): LabelMatcher[] {
  const braced = /^\s*\{/.test(text) ? text : `{${text}}`;
  const parsed = validate(braced, source, text);
  if (parsed.metricName !== undefined) {
    throw new InputError(
      `${describeSource(source)}: selector must not name a metric`,
    );
  }
  return parsed.matchers;
}
