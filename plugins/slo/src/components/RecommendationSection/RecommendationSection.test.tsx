import { fireEvent, screen, within } from '@testing-library/react';
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
  coldStartStale,
  noTelemetry,
} from '../../__fixtures__/recommendations';
import { RecommendationSection } from './RecommendationSection';

const server = sloTestServer();
const RECOMMENDATIONS = `${CHECKOUT_PATH}/slo-recommendations`;

/** Answers with `bodies` in turn and records each request's query. */
function serve(...bodies: unknown[]) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(RECOMMENDATIONS, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      const body = bodies[Math.min(queries.length, bodies.length) - 1];
      return HttpResponse.json(body as object);
    }),
  );
  return queries;
}

function table(name: string) {
  return screen.getByRole('table', { name: new RegExp(`^${name}`) });
}

function cells(tableName: string, rowName: string) {
  const row = within(table(tableName)).getByRole('row', {
    name: new RegExp(`^${rowName}`),
  });
  // The row's own header is a <th>; the tiers' values are its <td>s.
  return Array.from(row.querySelectorAll('td')).map(c => c.textContent);
}

describe('RecommendationSection', () => {
  it('shows the availability and latency tiers side by side', async () => {
    serve(checkoutRecommendation);
    const { container } = await renderSloSection(<RecommendationSection />);

    expect(
      await screen.findByRole('table', { name: /^Availability/ }),
    ).toBeInTheDocument();
    expect(
      within(table('Availability')).getByRole('columnheader', {
        name: 'Balanced (recommended)',
      }),
    ).toBeInTheDocument();
    expect(cells('Availability', 'Target')).toEqual(['99%', '99.5%', '99.9%']);
    expect(cells('Availability', 'Monthly error budget')).toEqual([
      '432 min (7 h 12 min)',
      '216 min (3 h 36 min)',
      '43.2 min',
    ]);
    expect(cells('Availability', 'Breach probability')).toEqual([
      '1.2%',
      '1.2%',
      '15.7%',
    ]);
    expect(cells('Availability', '95% confidence interval')).toEqual([
      '99.41–99.72%',
      '99.68–99.86%',
      '99.88–99.95%',
    ]);
    expect(
      within(table('Availability')).queryByRole('row', { name: /^Capped by/ }),
    ).not.toBeInTheDocument();

    expect(cells('Latency', 'Percentile')).toEqual(['p99.9', 'p99', 'p95']);
    expect(cells('Latency', 'Target')).toEqual([
      '≤ 750 ms',
      '≤ 250 ms',
      '≤ 150 ms',
    ]);
    expect(cells('Latency', 'Observed')).toEqual([
      '681.6 ms + 10% margin',
      '212.4 ms + 10% margin',
      '118.3 ms',
    ]);
    expect(cells('Latency', 'Breach probability')[1]).toBe(
      '1.5% (0 of 32 windows)',
    );

    expect(screen.getByTestId('badge-data-quality')).toHaveTextContent(
      'Data: 100% complete',
    );
    expect(screen.getByTestId('badge-confidence')).toHaveTextContent(
      'Confidence: high (100%)',
    );
    expect(screen.queryByTestId('badge-stale')).not.toBeInTheDocument();
    expect(screen.queryByTestId('badge-cold-start')).not.toBeInTheDocument();
    expect(
      screen.getByText(/from 60 of 60 days of history/),
    ).toBeInTheDocument();
    expect(container.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2025-06-02T06:00:00.000Z',
    );

    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the absolute generation time in a tooltip', async () => {
    serve(checkoutRecommendation);
    const { container } = await renderSloSection(<RecommendationSection />);
    await screen.findByRole('table', { name: /^Availability/ });

    fireEvent.mouseOver(container.querySelector('time')!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      '2 Jun 2025, 06:00 UTC',
    );
  });

  it('says which cap lowered a tier', async () => {
    serve(boundByPayments);
    await renderSloSection(<RecommendationSection />);
    await screen.findByRole('table', { name: /^Availability/ });

    expect(cells('Availability', 'Target')).toEqual(['98%', '99%', '99%']);
    expect(cells('Availability', 'Capped by')).toEqual([
      'nothing',
      'dependency chain',
      'dependency chain',
    ]);
  });

  it('explains stale and cold-start badges in their tooltips', async () => {
    serve(coldStartStale);
    await renderSloSection(<RecommendationSection />);

    const stale = await screen.findByTestId('badge-stale');
    fireEvent.mouseOver(stale);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'regeneration failed: Prometheus did not answer within 5000 ms',
    );
    fireEvent.mouseLeave(stale);

    const coldStart = screen.getByTestId('badge-cold-start');
    expect(coldStart).toHaveTextContent('Low confidence (cold start)');
    fireEvent.mouseOver(coldStart);
    expect(
      await screen.findByText(/Archetype-based: only 12 days of data/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('badge-confidence')).toHaveTextContent(
      'Confidence: low (40%)',
    );
  });

  it('regenerates past the cache on request', async () => {
    const queries = serve(checkoutRecommendation, coldStartStale);
    await renderSloSection(<RecommendationSection />);
    await screen.findByRole('table', { name: /^Availability/ });
    expect(queries[0].get('force_regenerate')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Regenerate' }));

    expect(await screen.findByTestId('badge-stale')).toBeInTheDocument();
    expect(queries).toHaveLength(2);
    expect(queries[1].get('force_regenerate')).toBe('true');
  });

  it('says which annotation to add when there is no telemetry', async () => {
    serve(noTelemetry);
    await renderSloSection(<RecommendationSection />);

    expect(
      await screen.findByText(/No telemetry configured for this entity/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/These tiers are the backend service baseline only/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('slo-engine.io/prometheus-service').length,
    ).toBeGreaterThan(0);
    expect(screen.getByText('docs/annotations.md')).toBeInTheDocument();
    expect(screen.getByText('docs/configuration.md')).toBeInTheDocument();
    // The archetype tiers are still shown, with no interval.
    expect(cells('Availability', 'Target')).toEqual([
      '99.5%',
      '99.9%',
      '99.95%',
    ]);
    expect(cells('Availability', '95% confidence interval')).toEqual([
      'no data',
      'no data',
      'no data',
    ]);
    expect(cells('Latency', 'Observed')).toEqual([
      'no data',
      'no data',
      'no data',
    ]);
  });

  it('shows the loading state', async () => {
    server.use(
      http.get(RECOMMENDATIONS, () => new Promise<Response>(() => {})),
    );
    await renderSloSection(<RecommendationSection />);
    expect(
      await screen.findByLabelText('Loading the SLO recommendation'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Regenerate' })).toBeDisabled();
  });

  it('explains an entity the engine does not know, and checks again', async () => {
    let calls = 0;
    server.use(
      http.get(RECOMMENDATIONS, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              serializedError(
                'NotFoundError',
                'component:default/checkout is not known to the SLO engine: only catalog components and resources and services named in dependency data are; the catalog is read every 15 minutes by default',
                404,
              ),
              { status: 404 },
            )
          : HttpResponse.json(checkoutRecommendation);
      }),
    );
    const { container } = await renderSloSection(<RecommendationSection />);

    expect(
      await screen.findByText('The SLO engine does not know this entity yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/is not known to the SLO engine/),
    ).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(
      await screen.findByRole('table', { name: /^Availability/ }),
    ).toBeInTheDocument();
  });

  it('shows an actionable error when the backend cannot generate one', async () => {
    server.use(
      http.get(RECOMMENDATIONS, () =>
        HttpResponse.json(
          serializedError(
            'ServiceUnavailableError',
            'Cannot generate an SLO recommendation for component:default/checkout and none is stored: Prometheus did not answer. Check that the SLO database and the telemetry aggregates (Prometheus) are reachable, then retry.',
            503,
          ),
          { status: 503 },
        ),
      ),
    );
    await renderSloSection(<RecommendationSection />);

    expect(
      await screen.findByText(
        /Could not load the SLO recommendation: the SLO backend answered 503/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Check that the SLO database and the telemetry/)
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('shows an empty state for a body without tiers', async () => {
    serve({ ...checkoutRecommendation, recommendations: [] });
    await renderSloSection(<RecommendationSection />);
    expect(
      await screen.findByText('The recommendation has no tiers'),
    ).toBeInTheDocument();
  });
});
