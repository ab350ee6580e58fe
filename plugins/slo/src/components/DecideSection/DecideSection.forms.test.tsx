import { fireEvent, screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { renderSloSection } from '../../__testUtils__/renderSloSection';
import { checkoutRecommendation } from '../../__fixtures__/recommendations';
import { modified, rejected } from './__fixtures__/decisions';
import {
  decideTestServer,
  formReady,
  type,
} from './__testUtils__/decideTestServer';
import { DecideSection } from './DecideSection';

const { serveRecommendation, serveDecision } = decideTestServer();
const ID = checkoutRecommendation.recommendation_id;

describe('DecideSection forms', () => {
  it('modifies a tier: shows the delta, refuses an invalid target, then saves', async () => {
    serveRecommendation(checkoutRecommendation);
    const posted = serveDecision(() =>
      HttpResponse.json(modified, { status: 201 }),
    );
    await renderSloSection(<DecideSection />);
    await formReady();

    fireEvent.click(screen.getByRole('radio', { name: 'Modify it' }));
    // Another tier brings its own targets into the fields.
    fireEvent.click(screen.getByRole('radio', { name: /^Aggressive/ }));
    expect(screen.getByLabelText('Availability target (%)')).toHaveValue(
      '99.9',
    );
    expect(screen.getByLabelText('p95 latency target (ms)')).toHaveValue('150');
    fireEvent.click(screen.getByRole('radio', { name: /^Balanced/ }));
    expect(screen.getByLabelText('Availability target (%)')).toHaveValue(
      '99.5',
    );
    expect(screen.getByLabelText('p99 latency target (ms)')).toHaveValue('250');
    expect(
      screen.getByText('No changes yet against the balanced tier.'),
    ).toBeInTheDocument();

    // Nothing changed yet: the form says what to do instead of posting.
    type(/^Rationale/, 'checkout is tier 1 for the holiday season');
    fireEvent.click(
      screen.getByRole('button', { name: 'Activate modified SLO' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Change at least one target or the window: these values are the balanced tier's. To keep them, accept the tier.",
    );

    type('Availability target (%)', '100');
    expect(
      screen.getByText(
        'Availability target must be below 100: a 100% target leaves no error budget',
      ),
    ).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Activate modified SLO' }),
    );
    expect(posted).toHaveLength(0);

    type('Availability target (%)', '99.9');
    fireEvent.change(screen.getByLabelText('Window'), {
      target: { value: '28' },
    });
    const changes = screen.getByRole('list', {
      name: 'Changes against the balanced tier',
    });
    expect(changes).toHaveTextContent(
      '+0.4 pp from recommended 99.5 (error budget 216 min (3 h 36 min) → 40.3 min per 28 days)',
    );
    expect(changes).toHaveTextContent('-2 days from recommended 30');

    fireEvent.click(
      screen.getByRole('button', { name: 'Activate modified SLO' }),
    );
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(
      'Modified balanced tier is now the active SLO',
    );
    expect(status).toHaveTextContent('availability 99.9%, p99 ≤ 250 ms');
    expect(status).toHaveTextContent('28 days');
    expect(status).toHaveTextContent(
      '+0.4 pp from recommended 99.5; -2 days from recommended 30',
    );
    expect(posted).toEqual([
      {
        action: 'modify',
        recommendation_id: ID,
        selected_tier: 'balanced',
        modifications: { availability_target: 99.9, window_days: 28 },
        rationale: 'checkout is tier 1 for the holiday season',
      },
    ]);
  });

  it('rejects only with a rationale', async () => {
    serveRecommendation(checkoutRecommendation);
    const posted = serveDecision(() => HttpResponse.json(rejected));
    await renderSloSection(<DecideSection />);
    await formReady();

    fireEvent.click(
      screen.getByRole('radio', { name: 'Reject the recommendation' }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Reject recommendation' }),
    );
    expect(
      await screen.findByText('Rationale is required: say why'),
    ).toBeInTheDocument();
    expect(posted).toHaveLength(0);

    type(/^Rationale/, 'wait until the payments migration is done');
    fireEvent.click(
      screen.getByRole('button', { name: 'Reject recommendation' }),
    );

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Recommendation rejected');
    expect(status).toHaveTextContent(
      'availability 99.9% over 30 days (set manually)',
    );
    expect(posted).toEqual([
      {
        action: 'reject',
        recommendation_id: ID,
        selected_tier: 'balanced',
        rationale: 'wait until the payments migration is done',
      },
    ]);
  });
});
