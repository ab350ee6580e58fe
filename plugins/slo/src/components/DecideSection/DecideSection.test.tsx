import { Entity } from '@backstage/catalog-model';
import { fireEvent, screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { http, HttpResponse } from 'msw';
import {
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
} from '../../__testUtils__/renderSloSection';
import {
  boundByPayments,
  checkoutRecommendation,
} from '../../__fixtures__/recommendations';
import { accepted } from './__fixtures__/decisions';
import {
  decideTestServer,
  formReady,
  RECOMMENDATIONS,
} from './__testUtils__/decideTestServer';
import { DecideSection } from './DecideSection';

const { server, serveRecommendation, serveDecision } = decideTestServer();
const ID = checkoutRecommendation.recommendation_id;

describe('DecideSection', () => {
  it('accepts the balanced tier and shows the new active SLO', async () => {
    const queries = serveRecommendation(
      checkoutRecommendation,
      boundByPayments,
    );
    const posted = serveDecision(() =>
      HttpResponse.json(accepted, { status: 201 }),
    );
    const onDecided = jest.fn();
    const { container } = await renderSloSection(
      <DecideSection onDecided={onDecided} />,
    );
    await formReady();

    expect(
      screen.getByRole('radio', {
        name: 'Balanced: availability 99.5%, p99 ≤ 250 ms (recommended)',
      }),
    ).toBeChecked();
    expect(
      screen.getByRole('radio', {
        name: 'Conservative: availability 99%, p99.9 ≤ 750 ms',
      }),
    ).not.toBeChecked();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(
      screen.getByRole('button', { name: 'Accept balanced tier' }),
    );

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(
      'Balanced tier accepted: it is now the active SLO',
    );
    expect(status).toHaveTextContent('availability 99.5%, p99 ≤ 250 ms');
    expect(status).toHaveTextContent('30 days');
    expect(status).toHaveTextContent('balanced tier, accepted');
    expect(status).toHaveTextContent('user:default/guest');
    expect(status).toHaveTextContent('2 Jun 2025, 08:15 UTC');
    expect(posted).toEqual([
      { action: 'accept', recommendation_id: ID, selected_tier: 'balanced' },
    ]);
    expect(onDecided).toHaveBeenCalledWith(accepted);
    expect(await axe(container)).toHaveNoViolations();

    // The decided recommendation is closed; the next one starts afresh.
    fireEvent.click(
      screen.getByRole('button', { name: 'Load a fresh recommendation' }),
    );
    expect(
      await screen.findByRole('radio', {
        name: 'Balanced: availability 99%, p99 ≤ 250 ms (recommended)',
      }),
    ).toBeChecked();
    expect(queries).toHaveLength(2);
  });

  it('accepts another tier', async () => {
    serveRecommendation(checkoutRecommendation);
    const posted = serveDecision(() =>
      HttpResponse.json(
        { ...accepted, selected_tier: 'aggressive' },
        { status: 201 },
      ),
    );
    await renderSloSection(<DecideSection />);
    await formReady();

    fireEvent.click(screen.getByRole('radio', { name: /^Aggressive/ }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Accept aggressive tier' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Aggressive tier accepted',
    );
    expect(posted).toEqual([
      { action: 'accept', recommendation_id: ID, selected_tier: 'aggressive' },
    ]);
  });

  it('offers a fresh recommendation after a 409', async () => {
    const queries = serveRecommendation(
      checkoutRecommendation,
      boundByPayments,
    );
    const superseded = `recommendation ${ID} was superseded by a newer recommendation; get a fresh one with GET /services/component/default/checkout/slo-recommendations?force_regenerate=true and decide on its recommendation_id`;
    serveDecision(() =>
      HttpResponse.json(serializedError('ConflictError', superseded, 409), {
        status: 409,
      }),
    );
    await renderSloSection(<DecideSection />);
    await formReady();

    fireEvent.click(
      screen.getByRole('button', { name: 'Accept balanced tier' }),
    );
    expect(
      await screen.findByText(
        /The recommendation changed since this page loaded/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`recommendation ${ID} was superseded`)),
    ).toBeInTheDocument();

    fireEvent.click(
      screen.getByRole('button', { name: 'Reload the recommendation' }),
    );
    expect(
      await screen.findByRole('radio', {
        name: 'Balanced: availability 99%, p99 ≤ 250 ms (recommended)',
      }),
    ).toBeInTheDocument();
    expect(queries[1].get('force_regenerate')).toBe('true');
  });

  it('explains a 403 from the backend', async () => {
    serveRecommendation(checkoutRecommendation);
    serveDecision(() =>
      HttpResponse.json(
        serializedError(
          'NotAllowedError',
          'Missing permission slo.entity.decide for component:default/checkout',
          403,
        ),
        { status: 403 },
      ),
    );
    await renderSloSection(<DecideSection />);
    await formReady();

    fireEvent.click(
      screen.getByRole('button', { name: 'Accept balanced tier' }),
    );
    expect(
      await screen.findByText(
        /You are not allowed to decide on the SLO of component:default\/checkout/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Reload the recommendation' }),
    ).not.toBeInTheDocument();
  });

  it('is disabled with the reason when the policy denies the decision', async () => {
    // An entity of another team, denied as the policy would deny it.
    const ledger: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'ledger', namespace: 'default' },
      spec: { type: 'service', lifecycle: 'production', owner: 'finance' },
    };
    const ledgerPath = `${SLO_BASE_URL}/services/Component/default/ledger`;
    const posted: unknown[] = [];
    server.use(
      http.get(`${ledgerPath}/slo-recommendations`, () =>
        HttpResponse.json({
          ...checkoutRecommendation,
          service_id: 'component:default/ledger',
        }),
      ),
      http.post(`${ledgerPath}/slos`, async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json(accepted, { status: 201 });
      }),
    );
    const { container } = await renderSloSection(<DecideSection />, {
      entity: ledger,
      allowed: false,
    });

    const reason = await screen.findByText(
      /You cannot decide on the SLO of component:default\/ledger/,
    );
    expect(reason).toHaveTextContent(
      'Its owners (finance) and the SLO admins can',
    );
    const submit = screen.getByRole('button', { name: 'Accept balanced tier' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAttribute('aria-describedby', reason.id);
    expect(screen.getByRole('radio', { name: /^Balanced/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Modify it' })).toBeDisabled();
    expect(screen.getByLabelText(/^Rationale/)).toBeDisabled();
    fireEvent.click(submit);
    expect(posted).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the loading and error states of the recommendation', async () => {
    server.use(
      http.get(RECOMMENDATIONS, () =>
        HttpResponse.json(
          serializedError('ServiceUnavailableError', 'no database', 503),
          { status: 503 },
        ),
      ),
    );
    await renderSloSection(<DecideSection />);
    expect(
      await screen.findByText(
        /Could not load the SLO recommendation to decide on: the SLO backend answered 503/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the loading state', async () => {
    server.use(
      http.get(RECOMMENDATIONS, () => new Promise<Response>(() => {})),
    );
    await renderSloSection(<DecideSection />);
    expect(
      await screen.findByLabelText(
        'Loading the SLO recommendation to decide on',
      ),
    ).toBeInTheDocument();
  });
});
