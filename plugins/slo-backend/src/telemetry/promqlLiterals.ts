/**
 * PromQL literal handling shared by selector validation: decoding string
 * literals as the Prometheus lexer does, and checking RE2 regexes.
 */

/** A syntax problem at a character position of the selector text. */
export class SelectorSyntaxError extends Error {
  constructor(readonly position: number, message: string) {
    super(message);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** Decodes a PromQL string literal the way the Prometheus lexer does. */
export function decodeStringLiteral(raw: string, at = 0): string {
  const quote = raw[0];
  const body = raw.slice(1, -1);
  if (quote === '`') return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const fail = () =>
      new SelectorSyntaxError(at + i, `invalid escape sequence \\${e ?? ''}`);
    if (e in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[e];
    else if (e === quote) out += quote;
    else if (e === 'x' || e === 'u' || e === 'U') {
      const len = { x: 2, u: 4, U: 8 }[e];
      const hex = body.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw fail();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw fail();
      out += String.fromCodePoint(code);
      i += len;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw fail();
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
    } else throw fail();
  }
  return out;
}

/**
 * Best-effort check that a regex is valid RE2 (the dialect of Prometheus):
 * refuses what RE2 lacks (look-around, back-references) and what no regex
 * engine compiles. A bad regex would fail a whole batched query.
 */
export function regexProblem(pattern: string): string | undefined {
  if (/\(\?<?[=!]/.test(pattern)) return 'look-around is not supported by RE2';
  if (/\\[1-9]/.test(pattern))
    return 'back-references are not supported by RE2';
  const jsPattern = pattern
    .replace(/^\(\?[imsU]+\)/, '')
    .replace(/\(\?[imsU-]+:/g, '(?:')
    .replace(/\(\?P</g, '(?<');
  try {
    // eslint-disable-next-line no-new
    new RegExp(jsPattern);
    return undefined;
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message}`;
  }
}
