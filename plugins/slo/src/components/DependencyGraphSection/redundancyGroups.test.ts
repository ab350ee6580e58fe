import { edge } from './__fixtures__/checkoutGraph';
import { redundancyGroups } from './redundancyGroups';

const all = new Set(['api', 'worker', 'db-1', 'db-2', 'db-3', 'cache']);

describe('redundancyGroups', () => {
  it.each([
    {
      what: 'one group of two members',
      edges: [
        edge('api', 'db-2', { redundancyGroup: 'db' }),
        edge('api', 'db-1', { redundancyGroup: 'db' }),
        edge('api', 'cache'),
      ],
      visible: all,
      groups: [
        {
          id: 'group:api:db',
          name: 'db',
          caller: 'api',
          members: ['db-1', 'db-2'],
        },
      ],
    },
    {
      what: 'the same name from two callers as two groups, a shared node in the first',
      edges: [
        edge('worker', 'db-1', { redundancyGroup: 'db' }),
        edge('worker', 'db-3', { redundancyGroup: 'db' }),
        edge('api', 'db-1', { redundancyGroup: 'db' }),
        edge('api', 'db-2', { redundancyGroup: 'db' }),
      ],
      visible: all,
      groups: [
        {
          id: 'group:api:db',
          name: 'db',
          caller: 'api',
          members: ['db-1', 'db-2'],
        },
        {
          id: 'group:worker:db',
          name: 'db',
          caller: 'worker',
          members: ['db-3'],
        },
      ],
    },
    {
      what: 'members outside the drawing left out, empty groups dropped',
      edges: [
        edge('api', 'db-1', { redundancyGroup: 'db' }),
        edge('api', 'hidden', { redundancyGroup: 'db' }),
        edge('api', 'hidden', { redundancyGroup: 'mq' }),
      ],
      visible: all,
      groups: [
        { id: 'group:api:db', name: 'db', caller: 'api', members: ['db-1'] },
      ],
    },
    {
      what: 'nothing for a caller outside the drawing or a self-loop',
      edges: [
        edge('gone', 'db-1', { redundancyGroup: 'db' }),
        edge('api', 'api', { redundancyGroup: 'self' }),
      ],
      visible: all,
      groups: [],
    },
    {
      what: 'duplicate edges counted once',
      edges: [
        edge('api', 'db-1', { redundancyGroup: 'db' }),
        edge('api', 'db-1', {
          redundancyGroup: 'db',
          primarySource: 'kubernetes',
        }),
      ],
      visible: all,
      groups: [
        { id: 'group:api:db', name: 'db', caller: 'api', members: ['db-1'] },
      ],
    },
  ])('finds $what', ({ edges, visible, groups }) => {
    expect(redundancyGroups(edges, visible)).toEqual(groups);
  });
});
