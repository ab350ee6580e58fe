import { timePages } from './timePages';

describe('timePages', () => {
  it('aligns buckets to the step and never exceeds the page size', () => {
    // From 00:30 to 05:10 with hourly steps: buckets end at 01:00 … 05:00.
    const pages = timePages(1800, 5 * 3600 + 600, 3600, 2);
    expect(pages.map(p => p.timestamps)).toEqual([
      [3600, 7200],
      [10800, 14400],
      [18000],
    ]);
    expect(pages[0]).toMatchObject({ start: 3600, end: 7200 });
  });

  it('is empty when no bucket has ended yet', () => {
    expect(timePages(3600, 3600 + 59, 3600, 100)).toEqual([]);
  });

  it('makes daily buckets UTC days', () => {
    const day = 86_400;
    const [page] = timePages(10 * day + 5, 12 * day + 5, day, 100);
    expect(page.timestamps).toEqual([11 * day, 12 * day]);
  });
});
