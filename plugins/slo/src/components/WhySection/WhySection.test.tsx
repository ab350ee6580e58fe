import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import {
  boundByPayments,
  checkoutRecommendation,
  latency,
} from '../../__fixtures__/recommendations';
import { RecommendationState } from '../shared';
import { WhySection } from './WhySection';

const server = sloTestServer();
const RECOMMENDATIONS = `${CHECKOUT_PATH}/slo-recommendations`;

function serve(body: unknown) {
  server.use(
    http.get(RECOMMENDATIONS, () => HttpResponse.json(body as object)),
  );
}

function rowOf(tableName: string, rowName: string) {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table).getByRole('row', {
    name: new RegExp(`^${rowName}`),
  });
  return Array.from(row.querySelectorAll('td')).map(c => c.textContent);
}

describe('WhySection', () => {
  it('explains the recommendation', async () => {
    serve(checkoutRecommendation);
    const { container } = await renderSloSection(<WhySection />);

    expect(
      await screen.findByText(
        /^Balanced target 99.5%: from 60 days of history and the fleet's incident prior/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Balanced target p99 ≤ 250 ms/),
    ).toBeInTheDocument();

    // The chart's numbers, as text for screen readers and in the table.
    expect(
      screen.getByRole('img', {
        name: /^Shapley values: Historical availability −0.4 pp, Dependency risk ±0 pp/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'What moved the balanced target from the fleet baseline (99.9%) to 99.5%, in percentage points (Shapley values).',
      ),
    ).toBeInTheDocument();
    expect(rowOf('Feature attribution', 'Historical availability')).toEqual([
      '99.793%',
      '99.9%',
      '−0.4 pp',
    ]);
    expect(rowOf('Feature attribution', 'Traffic volume')).toEqual([
      '1,000,000 events/day',
      '1,000,000 events/day',
      '±0 pp',
    ]);

    expect(
      rowOf('Counterfactuals', 'If worst day \\(2025-04-23\\) removed'),
    ).toEqual(['99.9%', '+0.4 pp']);
    expect(rowOf('Counterfactuals', 'If traffic doubled')).toEqual([
      '99.5%',
      '±0 pp',
    ]);

    expect(
      screen.getByText('Composite availability bound').nextSibling,
    ).toHaveTextContent('99.95%');
    expect(screen.getByText('Bottleneck').nextSibling).toHaveTextContent(
      'component:default/payments at 99.97%',
    );
    expect(
      screen.getByText("Bottleneck's budget share").nextSibling,
    ).toHaveTextContent("6% of the balanced target's error budget");
    expect(
      screen.queryByText(/Some targets are not achievable/),
    ).not.toBeInTheDocument();

    expect(await axe(container)).toHaveNoViolations();
  });

  it('warns about targets the dependency chain makes unachievable', async () => {
    serve(boundByPayments);
    await renderSloSection(<WhySection />);

    expect(
      await screen.findByText(/Some targets are not achievable/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Targets above 99.457% are not achievable: the hard dependency chain allows at most that. The balanced and aggressive tiers were capped by it/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Bottleneck's budget share").nextSibling,
    ).toHaveTextContent('50%');
    expect(
      screen.getByText(
        /Availability unknown for component:default\/fraud-check/,
      ),
    ).toBeInTheDocument();
    expect(
      rowOf('Counterfactuals', 'If component:default/payments one nine better'),
    ).toEqual(['99.5%', '+0.5 pp']);
    expect(rowOf('Feature attribution', 'Dependency risk')).toEqual([
      '99.457%',
      '100%',
      '−0.65 pp',
    ]);
  });

  it('says so instead of drawing bars when nothing moved the target', async () => {
    // A service without data: every feature is the fleet's, so every
    // Shapley value is 0 and a chart would be empty axes.
    serve({
      ...checkoutRecommendation,
      recommendations: checkoutRecommendation.recommendations.map(rec =>
        rec.sli_type === 'availability'
          ? {
              ...rec,
              explanation: {
                ...rec.explanation,
                feature_attribution: rec.explanation.feature_attribution.map(
                  item => ({ ...item, contribution: 0 }),
                ),
              },
            }
          : rec,
      ),
    });
    await renderSloSection(<WhySection />);

    expect(
      await screen.findByText(
        /Every feature equals the fleet baseline \(99\.9%\), so nothing moved the balanced target/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Shapley values/ })).toBeNull();
    expect(rowOf('Feature attribution', 'Historical availability')).toEqual([
      '99.793%',
      '99.9%',
      '±0 pp',
    ]);
  });

  it('uses a recommendation state passed by the tab without fetching', async () => {
    const retry = jest.fn();
    const state: RecommendationState = {
      loading: false,
      value: checkoutRecommendation,
      retry,
      regenerate: jest.fn(),
    };
    // No msw handler: a request would fail the test with an error panel.
    await renderSloSection(<WhySection recommendation={state} />);
    expect(
      screen.getByText(/^Balanced target 99.5%: from 60 days/),
    ).toBeInTheDocument();
  });

  it('shows the loading state of a shared recommendation', async () => {
    await renderSloSection(
      <WhySection
        recommendation={{
          loading: true,
          retry: jest.fn(),
          regenerate: jest.fn(),
        }}
      />,
    );
    expect(
      await screen.findByLabelText(
        'Loading the explanation of the SLO recommendation',
      ),
    ).toBeInTheDocument();
  });

  it('says when the recommendation has no availability part', async () => {
    serve({ ...checkoutRecommendation, recommendations: [latency] });
    await renderSloSection(<WhySection />);
    expect(
      await screen.findByText('No availability explanation'),
    ).toBeInTheDocument();
  });

  it('shows an actionable error', async () => {
    server.use(
      http.get(RECOMMENDATIONS, () =>
        HttpResponse.json(
          serializedError(
            'NotAllowedError',
            'Missing permission slo.read',
            403,
          ),
          { status: 403 },
        ),
      ),
    );
    await renderSloSection(<WhySection />);
    expect(
      await screen.findByText(
        /Could not load the explanation of the SLO recommendation: you are not allowed to read SLO data/,
      ),
    ).toBeInTheDocument();
  });
});
