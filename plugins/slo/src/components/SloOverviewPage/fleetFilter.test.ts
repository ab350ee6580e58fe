import {
  describeFleetFilter,
  hasFleetFilter,
  normalizeRef,
  readFleetFilter,
  toSloFleetFilter,
  writeFleetFilter,
} from './fleetFilter';

describe('readFleetFilter', () => {
  it.each([
    ['', {}],
    ['?team=team-checkout', { team: 'team-checkout' }],
    [
      '?team=+group%3Adefault%2Fteam-a+&system=checkout',
      { team: 'group:default/team-a', system: 'checkout' },
    ],
    ['?team=&system=%20', {}],
    ['?other=1&system=shop', { system: 'shop' }],
  ])('%p reads %p', (query, expected) => {
    expect(readFleetFilter(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('writeFleetFilter', () => {
  it.each([
    ['', { team: 'team-a' }, 'team=team-a'],
    ['team=team-a', { team: ' ' }, ''],
    ['team=team-a&tab=x', { system: 'shop' }, 'tab=x&system=shop'],
    [
      'system=old',
      { team: 'group:default/team-a', system: 'new' },
      'system=new&team=group%3Adefault%2Fteam-a',
    ],
  ])('%p with %p is %p', (query, values, expected) => {
    expect(
      writeFleetFilter(new URLSearchParams(query), values).toString(),
    ).toBe(expected);
  });
});

describe('toSloFleetFilter', () => {
  it.each([
    [{}, {}],
    [{ team: 'team-a' }, { owner: 'team-a' }],
    [
      { team: 'team-a', system: 'shop' },
      { owner: 'team-a', system: 'shop' },
    ],
  ])('%p is %p', (values, expected) => {
    expect(toSloFleetFilter(values)).toEqual(expected);
  });
});

describe('normalizeRef', () => {
  it.each([
    ['team-a', 'group', 'default', 'group:default/team-a'],
    ['Group:Default/Team-A', 'group', 'default', 'group:default/team-a'],
    ['user:guest', 'group', 'default', 'user:default/guest'],
    // spec.owner of an entity in another namespace defaults to that namespace.
    ['team-a', 'group', 'ops', 'group:ops/team-a'],
    ['checkout', 'system', 'default', 'system:default/checkout'],
    [' ', 'group', 'default', undefined],
    [undefined, 'group', 'default', undefined],
    [':x', 'group', 'default', undefined],
  ] as const)('%p (%p, %p) is %p', (value, kind, ns, expected) => {
    expect(normalizeRef(value, kind, ns)).toBe(expected);
  });
});

describe('hasFleetFilter and describeFleetFilter', () => {
  it.each([
    [{}, false, ''],
    [{ team: 'team-a' }, true, 'team team-a'],
    [{ system: 'shop' }, true, 'system shop'],
    [{ team: 'team-a', system: 'shop' }, true, 'team team-a and system shop'],
  ])('%p', (values, has, text) => {
    expect(hasFleetFilter(values)).toBe(has);
    expect(describeFleetFilter(values)).toBe(text);
  });
});
