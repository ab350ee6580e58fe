import { CycleAlert } from '@slo-engine/plugin-slo-common';
import {
  cyclesMatchingFilter,
  MemberPlacement,
  toMemberPlacement,
} from './cycleFilter';

function cycle(id: string, members: string[]): CycleAlert {
  return {
    id,
    members,
    path: [...members, members[0]],
    status: 'open',
    detectedAt: '2026-03-01T10:00:00.000Z',
  };
}

const cartLoop = cycle('c1', [
  'component:default/cart',
  'component:default/checkout',
]);
const searchLoop = cycle('c2', [
  'component:default/search',
  'component:default/search-index-primary',
]);
const externalLoop = cycle('c3', [
  'component:default/payments',
  'component:default/psp-gateway',
]);
const cycles = [cartLoop, searchLoop, externalLoop];

const placements = new Map<string, MemberPlacement>([
  [
    'component:default/cart',
    { owner: 'group:default/team-checkout', system: 'system:default/checkout' },
  ],
  [
    'component:default/checkout',
    { owner: 'group:default/team-checkout', system: 'system:default/checkout' },
  ],
  [
    'component:default/search',
    {
      owner: 'group:default/team-storefront',
      system: 'system:default/storefront',
    },
  ],
  [
    'component:default/search-index-primary',
    {
      owner: 'group:default/team-platform',
      system: 'system:default/storefront',
    },
  ],
  [
    'component:default/payments',
    { owner: 'group:default/team-checkout', system: 'system:default/checkout' },
  ],
  // psp-gateway is external: not in the catalog, no placement.
]);

describe('cyclesMatchingFilter', () => {
  it.each([
    ['no filter', {}, ['c1', 'c2', 'c3']],
    ['a bare team name', { team: 'team-checkout' }, ['c1', 'c3']],
    ['a full team ref', { team: 'Group:default/team-platform' }, ['c2']],
    ['a system', { system: 'storefront' }, ['c2']],
    // One member must match both: search is storefront's, not platform's.
    [
      'team and system on one member',
      { team: 'team-platform', system: 'storefront' },
      ['c2'],
    ],
    [
      'team and system on different members only',
      { team: 'team-storefront', system: 'checkout' },
      [],
    ],
    ['an unknown team', { team: 'team-nobody' }, []],
    ['a team that is no ref', { team: ':x' }, []],
  ])('%s', (_, filter, expected) => {
    expect(
      cyclesMatchingFilter(cycles, placements, filter).map(c => c.id),
    ).toEqual(expected);
  });
});

describe('toMemberPlacement', () => {
  it.each([
    [
      { owner: 'team-a', system: 'shop' },
      { owner: 'group:default/team-a', system: 'system:default/shop' },
    ],
    [
      { namespace: 'ops', owner: 'team-a', system: 'system:default/shop' },
      { owner: 'group:ops/team-a', system: 'system:default/shop' },
    ],
    [
      { owner: 'user:default/guest' },
      { owner: 'user:default/guest', system: undefined },
    ],
    [{ owner: 42 }, { owner: undefined, system: undefined }],
  ])('%p is %p', (member, expected) => {
    expect(toMemberPlacement(member)).toEqual(expected);
  });
});
