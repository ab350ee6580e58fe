import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { axe } from 'jest-axe';
import { http, HttpResponse, delay } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { CycleAlert, DependencySubgraph } from '@slo-engine/plugin-slo-common';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import {
  CART,
  CHECKOUT,
  checkoutGraph,
  FRAUD,
  LEDGER,
  lonelyGraph,
  openCycles,
  ORDER_EVENTS,
  PAYMENTS,
  STRIPE,
} from './__fixtures__/checkoutGraph';
import { DependencyGraphSection } from './DependencyGraphSection';
import { stubReactFlowDom } from './__testUtils__/stubReactFlowDom';

beforeAll(stubReactFlowDom);

const server = sloTestServer();

/** Answers the graph and cycle endpoints; returns the graph requests' URLs. */
function serve(
  graph:
    | DependencySubgraph
    | ((url: URL) => DependencySubgraph) = checkoutGraph,
  cycles: CycleAlert[] = openCycles,
) {
  const requests: URL[] = [];
  server.use(
    http.get(`${CHECKOUT_PATH}/dependencies`, ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      return HttpResponse.json(
        typeof graph === 'function' ? graph(url) : graph,
      );
    }),
    http.get(`${SLO_BASE_URL}/cycles`, ({ request }) =>
      new URL(request.url).searchParams.get('status') === 'open'
        ? HttpResponse.json({ items: cycles })
        : HttpResponse.json(
            serializedError('InputError', 'status must be open', 400),
            { status: 400 },
          ),
    ),
  );
  return requests;
}

const nodeOf = (ref: string) => screen.getByTestId(`slo-node-${ref}`);
const edgeOf = (from: string, to: string) =>
  screen.getByTestId(`rf__edge-${from}\u2192${to}`);

describe('DependencyGraphSection', () => {
  it('shows progress while loading', async () => {
    server.use(
      http.get(`${CHECKOUT_PATH}/dependencies`, async () => {
        await delay('infinite');
        return HttpResponse.json(checkoutGraph);
      }),
      http.get(`${SLO_BASE_URL}/cycles`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderSloSection(<DependencyGraphSection />);
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('draws services, edge styles, groups, external services and cycles', async () => {
    const requests = serve();
    const { container } = await renderSloSection(<DependencyGraphSection />);

    await screen.findByTestId(`slo-node-${CHECKOUT}`);
    expect(requests[0].searchParams.get('depth')).toBe('2');
    expect(requests[0].searchParams.get('direction')).toBe('both');

    // The current entity is emphasised and named as such.
    expect(
      within(nodeOf(CHECKOUT)).getByText('this entity'),
    ).toBeInTheDocument();
    // External: marked, with its published SLA.
    const stripe = nodeOf(STRIPE);
    expect(within(stripe).getByText('external')).toBeInTheDocument();
    expect(
      within(stripe).getByText(/published SLA 99\.99%/),
    ).toBeInTheDocument();
    // Catalog nodes with telemetry: their observed availability.
    expect(
      within(nodeOf(PAYMENTS)).getByText(/observed, 30 days 99\.95/),
    ).toBeInTheDocument();
    // Cycle members carry a badge; the cycle is spelled out.
    expect(within(nodeOf(PAYMENTS)).getByText('cycle')).toBeInTheDocument();
    expect(within(nodeOf(LEDGER)).getByText('cycle')).toBeInTheDocument();
    expect(within(nodeOf(CART)).queryByText('cycle')).not.toBeInTheDocument();
    expect(
      screen.getByText('payments → ledger → payments'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/inventory/)).not.toBeInTheDocument();
    // The redundancy group is drawn once, around both databases.
    expect(screen.getByText('redundancy group orders-db')).toBeInTheDocument();

    // Edge classes and dash patterns per criticality and mode.
    const cases: Array<[string, string, string[], string]> = [
      [CHECKOUT, PAYMENTS, ['slo-edge--hard', 'slo-edge--sync'], 'none'],
      [CHECKOUT, CART, ['slo-edge--soft', 'slo-edge--sync'], '8 4'],
      [CHECKOUT, FRAUD, ['slo-edge--degraded'], '2 4'],
      [CHECKOUT, ORDER_EVENTS, ['slo-edge--soft', 'slo-edge--async'], '8 4'],
      [PAYMENTS, LEDGER, ['slo-edge--hard', 'slo-edge--cycle'], 'none'],
    ];
    for (const [from, to, classes, dash] of cases) {
      const edge = edgeOf(from, to);
      for (const c of classes) expect(edge).toHaveClass(c);
      const path = edge.querySelector('path.react-flow__edge-path')!;
      expect(path).toHaveStyle({ strokeDasharray: dash });
    }
    expect(edgeOf(CHECKOUT, PAYMENTS)).not.toHaveClass('slo-edge--cycle');
    expect(edgeOf(CHECKOUT, ORDER_EVENTS)).not.toHaveClass('animated');

    // Runtime-only placeholders are not links; catalog entities are.
    expect(nodeOf(FRAUD).tagName).toBe('DIV');
    expect(nodeOf(FRAUD)).toHaveAccessibleName(
      'fraud-scoring (component), seen at runtime only, no catalog entity',
    );
    expect(nodeOf(PAYMENTS)).toHaveAttribute(
      'href',
      '/catalog/default/component/payments/slos',
    );
    expect(nodeOf(STRIPE)).toHaveAttribute(
      'href',
      '/catalog/default/resource/stripe-api/slos',
    );
    expect(
      screen.getByText(/More services lie beyond this depth/),
    ).toBeInTheDocument();

    // The table alternative lists every edge.
    const table = screen.getByRole('table', {
      name: 'Dependencies as a table',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(
      checkoutGraph.edges.length + 1,
    );
    const stripeRow = within(table).getByRole('row', {
      name: new RegExp(STRIPE),
    });
    expect(stripeRow).toHaveTextContent('external, published SLA 99.99%');

    expect(await axe(container)).toHaveNoViolations();
    // axe over the whole canvas takes seconds on a busy machine.
  }, 30_000);

  it('opens a service by click and by keyboard', async () => {
    serve();
    await renderSloSection(
      <Routes>
        <Route
          path="/catalog/:namespace/:kind/:name/slos"
          element={<p>SLO tab of the opened entity</p>}
        />
        <Route path="/*" element={<DependencyGraphSection />} />
      </Routes>,
    );
    const payments = await screen.findByTestId(`slo-node-${PAYMENTS}`);
    // A link: focusable, and Enter activates it as in any browser.
    act(() => payments.focus());
    expect(payments).toHaveFocus();
    fireEvent.click(payments);
    expect(
      await screen.findByText('SLO tab of the opened entity'),
    ).toBeInTheDocument();
  });

  it('refetches with the chosen depth and direction', async () => {
    const requests = serve(url => ({
      ...checkoutGraph,
      direction: url.searchParams.get(
        'direction',
      ) as DependencySubgraph['direction'],
      depth: Number(url.searchParams.get('depth')),
    }));
    await renderSloSection(<DependencyGraphSection />);
    await screen.findByTestId(`slo-node-${CHECKOUT}`);

    fireEvent.change(screen.getByLabelText('Depth'), {
      target: { value: '5' },
    });
    await waitFor(() => expect(requests).toHaveLength(2));
    await screen.findByText(/up to 5 hops/);

    fireEvent.change(screen.getByLabelText('Direction'), {
      target: { value: 'upstream' },
    });
    await waitFor(() => expect(requests).toHaveLength(3));
    await screen.findByText(/upstream, up to 5 hops/);

    expect(
      requests.map(u => [
        u.searchParams.get('depth'),
        u.searchParams.get('direction'),
      ]),
    ).toEqual([
      ['2', 'both'],
      ['5', 'both'],
      ['5', 'upstream'],
    ]);
  });

  it('explains an entity without dependencies', async () => {
    serve(lonelyGraph, []);
    await renderSloSection(<DependencyGraphSection />);
    expect(
      await screen.findByText('No dependencies known for checkout'),
    ).toBeInTheDocument();
    expect(screen.getByText('docs/annotations.md')).toBeInTheDocument();
  });

  it("shows the backend's reason when the entity is not in the graph (404)", async () => {
    const message =
      'component:default/checkout is not known to the SLO engine: only catalog components and resources ' +
      'and services named in dependency data are; the catalog is read every 15 minutes by default';
    server.use(
      http.get(`${CHECKOUT_PATH}/dependencies`, () =>
        HttpResponse.json(serializedError('NotFoundError', message, 404), {
          status: 404,
        }),
      ),
      http.get(`${SLO_BASE_URL}/cycles`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderSloSection(<DependencyGraphSection />);
    expect(
      await screen.findByText(
        "checkout is not in the SLO engine's dependency graph",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(message.slice(0, 60))),
    ).toBeInTheDocument();
  });

  it('shows an actionable error and retries (503)', async () => {
    let fail = true;
    server.use(
      http.get(`${CHECKOUT_PATH}/dependencies`, () =>
        fail
          ? HttpResponse.json(
              serializedError(
                'ServiceUnavailableError',
                'The graph store is not ready',
                503,
              ),
              { status: 503 },
            )
          : HttpResponse.json(checkoutGraph),
      ),
      http.get(`${SLO_BASE_URL}/cycles`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderSloSection(<DependencyGraphSection />);
    expect(
      await screen.findByText(
        /Could not load the dependency graph: the SLO backend answered 503/,
      ),
    ).toBeInTheDocument();

    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByTestId(`slo-node-${CHECKOUT}`),
    ).toBeInTheDocument();
  });
});
