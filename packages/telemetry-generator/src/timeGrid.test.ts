import { timeGrid } from './timeGrid';

describe('timeGrid', () => {
  it('steps back from the end', () => {
    expect([...timeGrid({ start: 0, end: 3000, stepSeconds: 600 })]).toEqual([
      0, 600, 1200, 1800, 2400, 3000,
    ]);
    expect([...timeGrid({ start: 100, end: 3000, stepSeconds: 600 })]).toEqual([
      600, 1200, 1800, 2400, 3000,
    ]);
  });

  it('uses the fine step for the tail', () => {
    const grid = [
      ...timeGrid({
        start: 0,
        end: 3600,
        stepSeconds: 600,
        fineStepSeconds: 60,
        fineWindowSeconds: 600,
      }),
    ];
    expect(grid).toEqual([
      0, 600, 1200, 1800, 2400, 3000, 3060, 3120, 3180, 3240, 3300, 3360, 3420,
      3480, 3540, 3600,
    ]);
  });

  it('ignores a fine step that is not finer, and a window longer than the range', () => {
    expect([
      ...timeGrid({
        start: 0,
        end: 1200,
        stepSeconds: 600,
        fineStepSeconds: 900,
        fineWindowSeconds: 600,
      }),
    ]).toEqual([0, 600, 1200]);
    expect([
      ...timeGrid({
        start: 100,
        end: 400,
        stepSeconds: 600,
        fineStepSeconds: 100,
        fineWindowSeconds: 9999,
      }),
    ]).toEqual([100, 200, 300, 400]);
  });

  it('rejects nonsense', () => {
    expect(() => timeGrid({ start: 0, end: 10, stepSeconds: 0 })).toThrow(
      /stepSeconds/,
    );
    expect(() => timeGrid({ start: 10, end: 0, stepSeconds: 1 })).toThrow(
      /before start/,
    );
  });
});
