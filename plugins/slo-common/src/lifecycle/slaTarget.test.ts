import {
  parseSlaTarget,
  slaTargetPercentSchema,
  slaTargetProblem,
} from './slaTarget';

const KEY = 'slo-engine.io/sla-target';
const issue = (message: string) => ({ issue: { annotation: KEY, message } });

describe('parseSlaTarget', () => {
  it.each([
    [undefined, {}],
    [{}, {}],
    [{ 'slo-engine.io/criticality': 'high' }, {}],
    [{ [KEY]: '99.5' }, { targetPercent: 99.5 }],
    [{ [KEY]: ' 99.9 ' }, { targetPercent: 99.9 }],
    [{ [KEY]: '99.95%' }, { targetPercent: 99.95 }],
    [{ [KEY]: '99.95 %' }, { targetPercent: 99.95 }],
    [{ [KEY]: '99.99999' }, { targetPercent: 99.99999 }],
    [{ [KEY]: '99.500000' }, { targetPercent: 99.5 }],
    [{ [KEY]: '0.00001' }, { targetPercent: 0.00001 }],
    [{ [KEY]: '95' }, { targetPercent: 95 }],
    [{ [KEY]: '99.999999' }, issue('"99.999999" must have at most 5 decimals')],
    [{ [KEY]: '100' }, issue('"100" must be strictly between 0 and 100')],
    [{ [KEY]: '0' }, issue('"0" must be strictly between 0 and 100')],
    [{ [KEY]: '-1' }, issue('"-1" must be strictly between 0 and 100')],
    [{ [KEY]: '250' }, issue('"250" must be strictly between 0 and 100')],
    [{ [KEY]: '99,5' }, issue('"99,5" is not a percentage such as 99.5')],
    [{ [KEY]: '' }, issue('"" is not a percentage such as 99.5')],
    [{ [KEY]: 'high' }, issue('"high" is not a percentage such as 99.5')],
    [{ [KEY]: '9.95e1' }, issue('"9.95e1" is not a percentage such as 99.5')],
    [{ [KEY]: '0.995' }, { targetPercent: 0.995 }],
  ])('%j', (annotations, expected) => {
    expect(parseSlaTarget(annotations)).toEqual(expected);
  });
});

describe('slaTargetProblem', () => {
  it.each([
    [99.5, undefined],
    [99.12345, undefined],
    [99.123456, 'must have at most 5 decimals'],
    [100, 'must be strictly between 0 and 100'],
    [0, 'must be strictly between 0 and 100'],
    [Number.NaN, 'must be a number, e.g. 99.5'],
    [Number.POSITIVE_INFINITY, 'must be a number, e.g. 99.5'],
  ])('%p', (percent, expected) => {
    expect(slaTargetProblem(percent)).toBe(expected);
  });
});

describe('slaTargetPercentSchema', () => {
  it.each([
    [99.5, true, undefined],
    ['99.5', false, 'must be a number (percent, e.g. 99.5)'],
    [100, false, 'must be strictly between 0 and 100'],
    [99.999999, false, 'must have at most 5 decimals'],
  ])('%p', (value, ok, message) => {
    const parsed = slaTargetPercentSchema.safeParse(value);
    expect(parsed.success).toBe(ok);
    expect(parsed.success ? undefined : parsed.error.issues[0].message).toBe(
      message,
    );
  });
});
