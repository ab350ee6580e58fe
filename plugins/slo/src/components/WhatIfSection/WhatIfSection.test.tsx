import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { delay, http, HttpResponse } from 'msw';
import { ImpactAnalysisResponse } from '@slo-engine/plugin-slo-common';
import {
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { checkoutImpact, noUpstreamImpact } from './__fixtures__/impact';
import { WhatIfSection } from './WhatIfSection';

const server = sloTestServer();
const IMPACT_URL = `${SLO_BASE_URL}/slos/impact-analysis`;

/** Answers the impact endpoint; returns the request bodies. */
function serve(
  answer: (body: unknown) => Response | Promise<Response> = () =>
    HttpResponse.json(checkoutImpact),
) {
  const bodies: unknown[] = [];
  server.use(
    http.post(IMPACT_URL, async ({ request }) => {
      const body = await request.json();
      bodies.push(body);
      return answer(body);
    }),
  );
  return bodies;
}

const proposedField = () =>
  screen.getByRole('textbox', { name: /Proposed availability target/ });
const currentField = () =>
  screen.getByRole('textbox', { name: /Current target/ });
const submit = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Analyse impact' }));

async function renderForm() {
  const view = await renderSloSection(<WhatIfSection />);
  await screen.findByRole('textbox', { name: /Proposed availability target/ });
  return view;
}

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

describe('WhatIfSection', () => {
  it('lists the affected upstream services with their at-risk flags', async () => {
    const bodies = serve();
    const { container } = await renderForm();

    type(proposedField(), '99.5');
    submit();

    expect(
      await screen.findByText(checkoutImpact.summary.recommendation),
    ).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        service_id: 'component:default/checkout',
        proposed_change: { sli_type: 'availability', proposed_target: 99.5 },
      },
    ]);
    expect(
      screen.getByText(
        /99\.90% → 99\.50% for component:default\/checkout: 3 upstream services, 1 SLO at risk/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /No availability known for component:default\/recommendations/,
      ),
    ).toBeInTheDocument();

    const table = screen.getByRole('table', {
      name: 'Affected upstream services',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 7)
          .map(c => c.textContent),
      ),
    ).toEqual([
      [
        'component:default/storefront',
        'upstream, hard, synchronous path',
        '99.850%',
        '99.450%',
        '\u22120.3998 pp',
        '99.50%',
        'At risk',
      ],
      [
        'component:default/mobile-bff',
        'upstream (transitive), hard, synchronous path',
        '99.350%',
        '98.953%',
        '\u22120.3978 pp',
        'none',
        'No SLO',
      ],
      [
        'component:default/reports',
        'upstream, soft or async only',
        '100.000%',
        '100.000%',
        'no change',
        '99.00%',
        'Within target',
      ],
    ]);
    expect(rows[0]).toHaveTextContent(
      'Composite drops below the SLO target: 99.450% < 99.50%. 1 of its dependencies have no known availability.',
    );

    expect(await axe(container)).toHaveNoViolations();
  }, 30_000);

  it('sends the current target when given and says when nothing is upstream', async () => {
    const bodies = serve(() => HttpResponse.json(noUpstreamImpact));
    await renderForm();
    type(proposedField(), '99,5');
    type(currentField(), '99.9 %');
    submit();

    expect(
      await screen.findByText(noUpstreamImpact.summary.recommendation),
    ).toBeInTheDocument();
    expect(bodies[0]).toEqual({
      service_id: 'component:default/checkout',
      proposed_change: {
        sli_type: 'availability',
        proposed_target: 99.5,
        current_target: 99.9,
      },
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it.each`
    value    | message
    ${''}    | ${'Enter the proposed target in percent, e.g. 99.9'}
    ${'0'}   | ${'The proposed target must be above 0%'}
    ${'100'} | ${'The proposed target must be below 100%: a 100% target leaves no error budget'}
  `('checks "$value" before sending', async ({ value, message }) => {
    const bodies = serve();
    await renderForm();
    type(proposedField(), value);
    submit();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(proposedField()).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);
  });

  it("shows the server's 400 at the field it is about", async () => {
    serve(() =>
      HttpResponse.json(
        serializedError(
          'InputError',
          'current_target is required: component:default/checkout has no active SLO and no observed availability in the last 30 days',
          400,
        ),
        { status: 400 },
      ),
    );
    await renderForm();
    type(proposedField(), '99.5');
    submit();

    expect(
      await screen.findByText(
        /current_target is required: component:default\/checkout has no active SLO/,
      ),
    ).toBeInTheDocument();
    expect(currentField()).toHaveAttribute('aria-invalid', 'true');
    expect(proposedField()).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows a 400 about no field above the button', async () => {
    serve(() =>
      HttpResponse.json(
        serializedError(
          'InputError',
          "Invalid body: (root): Unrecognized key(s) in object: 'extra'",
          400,
        ),
        { status: 400 },
      ),
    );
    await renderForm();
    type(proposedField(), '99.5');
    submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The SLO backend rejected the request: (root): Unrecognized key(s) in object: 'extra'",
    );
  });

  it("explains the backend's 404 with what to do", async () => {
    serve(() =>
      HttpResponse.json(
        serializedError(
          'NotFoundError',
          "component:default/checkout is not known to the SLO engine's dependency graph",
          404,
        ),
        { status: 404 },
      ),
    );
    await renderForm();
    type(proposedField(), '99.5');
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "checkout is not in the SLO engine's dependency graph yet",
    );
    expect(within(alert).getByText('docs/annotations.md')).toBeInTheDocument();
  });

  it('shows an actionable error for a 503', async () => {
    serve(() =>
      HttpResponse.json(
        serializedError(
          'ServiceUnavailableError',
          'Prometheus is not reachable',
          503,
        ),
        { status: 503 },
      ),
    );
    await renderForm();
    type(proposedField(), '99.5');
    submit();
    expect(
      await screen.findByText(
        /Could not load the impact analysis: the SLO backend answered 503/,
      ),
    ).toBeInTheDocument();
  });

  it('tells the user while the analysis runs', async () => {
    let answered: ImpactAnalysisResponse | undefined;
    serve(async () => {
      await delay(50);
      answered = checkoutImpact;
      return HttpResponse.json(checkoutImpact);
    });
    await renderForm();
    type(proposedField(), '99.5');
    submit();
    expect(
      await screen.findByRole('button', { name: 'Analysing…' }),
    ).toBeDisabled();
    await waitFor(() => expect(answered).toBeDefined());
    expect(
      await screen.findByRole('button', { name: 'Analyse impact' }),
    ).toBeEnabled();
  });
});

describe('WhatIfSection without slo.impact.analyze', () => {
  it('disables the form and says why', async () => {
    const calls: unknown[] = [];
    server.use(
      http.post(`${SLO_BASE_URL}/slos/impact-analysis`, async ({ request }) => {
        calls.push(await request.json());
        return HttpResponse.json(checkoutImpact);
      }),
    );
    await renderSloSection(<WhatIfSection />, { allowed: false });

    const button = await screen.findByRole('button', {
      name: 'Analyse impact',
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'You cannot run an impact analysis: it needs the slo.impact.analyze permission. Ask a Backstage admin.',
    );
    const proposed = screen.getByRole('textbox', {
      name: /Proposed availability target/,
    });
    expect(proposed).toBeDisabled();
    fireEvent.submit(button.closest('form')!);
    expect(calls).toEqual([]);
  });
});
