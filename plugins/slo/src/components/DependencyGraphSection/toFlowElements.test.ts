import {
  CART,
  CHECKOUT,
  checkoutGraph,
  DB_PRIMARY,
  DB_REPLICA,
  FRAUD,
  LEDGER,
  ORDER_EVENTS,
  openCycles,
  PAYMENTS,
  STOREFRONT,
  STRIPE,
} from './__fixtures__/checkoutGraph';
import { edgeKey } from './cycleHighlight';
import {
  GROUP_NODE,
  GroupNodeData,
  SERVICE_NODE,
  ServiceNodeData,
  toFlowElements,
} from './toFlowElements';

const colors = { edge: '#555', cycle: '#c00' };
const elements = toFlowElements(checkoutGraph, { cycles: openCycles, colors });
const service = (id: string) =>
  elements.nodes.find(n => n.id === id)! as {
    data: ServiceNodeData;
  } & (typeof elements.nodes)[number];
const flowEdge = (from: string, to: string) =>
  elements.edges.find(e => e.id === edgeKey(from, to))!;

describe('toFlowElements', () => {
  it('puts the redundancy group first, as the parent of its members', () => {
    const group = elements.nodes[0];
    expect(group).toMatchObject({
      id: `group:${CHECKOUT}:orders-db`,
      type: GROUP_NODE,
      data: { name: 'orders-db', caller: CHECKOUT } as GroupNodeData,
    });
    expect(elements.nodes.filter(n => n.type === GROUP_NODE)).toHaveLength(1);
    for (const member of [DB_PRIMARY, DB_REPLICA]) {
      const n = service(member);
      expect(n.parentNode).toBe(group.id);
      // Relative to the group's corner, inside it.
      expect(n.position.x).toBeGreaterThan(0);
      expect(n.position.y).toBeGreaterThan(0);
      expect(n.position.x + 200).toBeLessThan(Number(group.style!.width));
      expect(n.position.y + 72).toBeLessThan(Number(group.style!.height));
    }
    expect(service(PAYMENTS).parentNode).toBeUndefined();
  });

  it('places callers left of the entity and dependencies right of it', () => {
    const x = (id: string) => service(id).position.x;
    // Exact gaps are layoutGraph's (tested there); with a group, dagre
    // adds border ranks between the real ones.
    expect(x(STOREFRONT)).toBe(16);
    expect(x(CHECKOUT)).toBeGreaterThanOrEqual(16 + 200 + 72);
    expect(x(PAYMENTS)).toBeGreaterThanOrEqual(x(CHECKOUT) + 200 + 72);
    expect(x(LEDGER)).toBeGreaterThanOrEqual(x(PAYMENTS) + 200 + 72);
    expect(x(STRIPE)).toBe(x(LEDGER));
  });

  it.each`
    id          | label              | current  | inCycle  | linkable | availability
    ${CHECKOUT} | ${'Checkout'}      | ${true}  | ${false} | ${true}  | ${undefined}
    ${PAYMENTS} | ${'Payments'}      | ${false} | ${true}  | ${true}  | ${{ ratio: 0.99953, source: 'observed, 30 days', text: '99.953%' }}
    ${LEDGER}   | ${'ledger'}        | ${false} | ${true}  | ${true}  | ${undefined}
    ${FRAUD}    | ${'fraud-scoring'} | ${false} | ${false} | ${false} | ${undefined}
    ${STRIPE}   | ${'Stripe API'}    | ${false} | ${false} | ${true}  | ${{ ratio: 0.9999, source: 'published SLA', text: '99.99%' }}
  `(
    'describes $id',
    ({ id, label, current, inCycle, linkable, availability }) => {
      const { data, type } = service(id);
      expect(type).toBe(SERVICE_NODE);
      expect(data.label).toBe(label);
      expect(data.current).toBe(current);
      expect(data.inCycle).toBe(inCycle);
      expect(data.linkable).toBe(linkable);
      expect(data.availability).toEqual(availability);
    },
  );

  it.each`
    from        | to              | className
    ${CHECKOUT} | ${PAYMENTS}     | ${'slo-edge slo-edge--hard slo-edge--sync'}
    ${CHECKOUT} | ${CART}         | ${'slo-edge slo-edge--soft slo-edge--sync'}
    ${CHECKOUT} | ${FRAUD}        | ${'slo-edge slo-edge--degraded slo-edge--sync'}
    ${CHECKOUT} | ${ORDER_EVENTS} | ${'slo-edge slo-edge--soft slo-edge--async'}
    ${PAYMENTS} | ${LEDGER}       | ${'slo-edge slo-edge--hard slo-edge--sync slo-edge--cycle'}
    ${LEDGER}   | ${PAYMENTS}     | ${'slo-edge slo-edge--hard slo-edge--sync slo-edge--cycle'}
  `('styles $from → $to', ({ from, to, className }) => {
    const e = flowEdge(from, to);
    expect(e).toMatchObject({ source: from, target: to, className });
  });

  it('keeps only the cycles touching the drawing', () => {
    expect(elements.cycles.map(c => c.id)).toEqual([openCycles[0].id]);
  });

  it('drops edges whose other end is not drawn', () => {
    const withoutStripe = toFlowElements(
      {
        ...checkoutGraph,
        nodes: checkoutGraph.nodes.filter(n => n.entityRef !== STRIPE),
      },
      { cycles: [], colors },
    );
    expect(withoutStripe.edges).toHaveLength(checkoutGraph.edges.length - 1);
    expect(withoutStripe.edges.some(e => e.target === STRIPE)).toBe(false);
  });
});
