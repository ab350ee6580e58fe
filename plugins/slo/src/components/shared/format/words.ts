/** `one` for exactly one, `many` otherwise: `oneOrMany(n, 'has', 'have')`. */
export const oneOrMany = (n: number, one: string, many: string) =>
  n === 1 ? one : many;

/** A count and its noun, with an `s` unless it is one: `3 pages`. */
export const countOf = (n: number, noun: string) =>
  `${n} ${oneOrMany(n, noun, `${noun}s`)}`;
