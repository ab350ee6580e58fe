import { countOf, oneOrMany } from './words';

describe('words', () => {
  it.each([
    [0, '0 pages'],
    [1, '1 page'],
    [2, '2 pages'],
  ])('countOf(%p, "page") is %p', (n, text) => {
    expect(countOf(n, 'page')).toBe(text);
  });

  it('picks the singular only for one', () => {
    expect(oneOrMany(1, 'has', 'have')).toBe('has');
    expect(oneOrMany(0, 'has', 'have')).toBe('have');
    expect(oneOrMany(21, 'has', 'have')).toBe('have');
  });
});
