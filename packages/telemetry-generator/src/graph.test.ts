import { demoFleet } from './demoFleet';
import { dependencyCycles, evaluationOrder } from './graph';
import { svc } from './testFleets';

const to = (target: string) => ({ target, propagation: 1 });

describe('evaluationOrder', () => {
  it('puts callees before callers', () => {
    const fleet = {
      services: [svc('a', [to('b'), to('c')]), svc('b', [to('c')]), svc('c')],
    };
    expect(evaluationOrder(fleet)).toEqual([2, 1, 0]);
  });

  it('still orders every service once inside a cycle', () => {
    const fleet = {
      services: [svc('a', [to('b')]), svc('b', [to('a')]), svc('c')],
    };
    expect(evaluationOrder(fleet)).toEqual([1, 0, 2]);
  });
});

describe('dependencyCycles', () => {
  it('finds strongly connected components of two or more services', () => {
    const fleet = {
      services: [
        svc('a', [to('b')]),
        svc('b', [to('c')]),
        svc('c', [to('a'), to('d')]),
        svc('d', [to('e')]),
        svc('e'),
        svc('f', [to('g')]),
        svc('g', [to('f')]),
      ],
    };
    expect(dependencyCycles(fleet)).toEqual([
      ['a', 'b', 'c'],
      ['f', 'g'],
    ]);
  });

  it('finds none in a DAG', () => {
    expect(
      dependencyCycles({ services: [svc('a', [to('b')]), svc('b')] }),
    ).toEqual([]);
  });

  it('finds exactly the orders <-> inventory cycle in the demo fleet', () => {
    expect(dependencyCycles(demoFleet())).toEqual([['orders', 'inventory']]);
  });
});
