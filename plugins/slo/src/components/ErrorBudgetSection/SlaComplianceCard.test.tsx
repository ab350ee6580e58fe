import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { delay, http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import {
  invalidSlaAnnotation,
  noSlaTarget,
  slaReport,
  slaTarget,
} from './__fixtures__/sla';
import { SlaComplianceCard } from './SlaComplianceCard';

const server = sloTestServer();

type Answer = () => Response | Promise<Response>;

/** The backend with an SLA target and its report; `patch` overrides. */
function serve(patch: Record<string, Answer> = {}) {
  const routes: Record<string, Answer> = {
    '/sla': () => HttpResponse.json(slaTarget),
    '/sla-report': () => HttpResponse.json(slaReport),
    ...patch,
  };
  const months: (string | null)[] = [];
  server.use(
    ...Object.entries(routes).map(([path, answer]) =>
      http.get(`${CHECKOUT_PATH}${path}`, ({ request }) => {
        if (path === '/sla-report') {
          months.push(new URL(request.url).searchParams.get('months'));
        }
        return answer();
      }),
    ),
  );
  return { months };
}

function cells(rowName: RegExp) {
  const table = screen.getByRole('table', { name: 'SLA compliance by month' });
  const row = within(table).getByRole('row', { name: rowName });
  return within(row)
    .getAllByRole('cell')
    .map(c => c.textContent);
}

describe('SlaComplianceCard', () => {
  it('shows a progress bar while loading', async () => {
    serve({ '/sla': () => delay('infinite').then(() => new Response()) });
    await renderSloSection(<SlaComplianceCard />);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('says what to do when the report fails', async () => {
    serve({
      '/sla-report': () =>
        HttpResponse.json(
          serializedError('Error', 'daily aggregates table is missing', 500),
          { status: 500 },
        ),
    });
    await renderSloSection(<SlaComplianceCard />);

    expect(
      await screen.findByText(
        /Could not load the SLA compliance report: the SLO backend answered 500/,
      ),
    ).toBeInTheDocument();
  });

  it('shows an API target with who set it and the warnings', async () => {
    serve({
      '/sla': () =>
        HttpResponse.json({
          ...slaTarget,
          target_percent: 99.95,
          source: 'api',
          api: {
            target_percent: 99.95,
            set_by: 'user:default/alice',
            set_at: '2026-03-02T09:00:00.000Z',
            rationale: 'enterprise contract',
          },
          warnings: [
            "the SLA target 99.95% is stricter than the active SLO's availability target 99.9%: the service can meet its SLO and still breach the SLA; an SLA is usually looser than the SLO",
          ],
        }),
    });
    await renderSloSection(<SlaComplianceCard />);

    expect(
      await screen.findByText(
        /Target 99.95% set by alice on 2 Mar 2026, 09:00 UTC \(enterprise contract\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/is stricter than the active SLO's availability target/),
    ).toBeInTheDocument();
  });

  it('lists recent months of SLA compliance', async () => {
    const { months } = serve();
    await renderSloSection(<SlaComplianceCard />);

    await screen.findByRole('table', { name: 'SLA compliance by month' });
    expect(months).toEqual(['6']);
    expect(
      screen.getByText(
        /Target 99.5% from the slo-engine.io\/sla-target annotation; the active SLO aims at 99.9%/,
      ),
    ).toBeInTheDocument();
    expect(cells(/^March 2026/)).toEqual([
      'March 2026',
      '99.5%',
      '99.55%',
      'At risk',
      '–',
      'Open: can still change',
      '20 of 20 days',
    ]);
    expect(cells(/^January 2026/)).toEqual([
      'January 2026',
      '99.5%',
      '99.3%',
      'Failed',
      '0.2 pp',
      'Final',
      '31 of 31 days',
    ]);
    expect(cells(/^December 2025/)).toEqual([
      'December 2025',
      '99.5%',
      '99.6%',
      'Met',
      '–',
      'Final',
      '30 of 31 days',
    ]);
  });

  it('explains how to declare an SLA target', async () => {
    serve({ '/sla': () => HttpResponse.json(noSlaTarget) });
    await renderSloSection(<SlaComplianceCard />);

    expect(await screen.findByText('No SLA target')).toBeInTheDocument();
    expect(
      screen.getByText(/Declare the availability this service promises/),
    ).toHaveTextContent("slo-engine.io/sla-target: '99.5'");
    expect(screen.getByText('docs/sla.md')).toBeInTheDocument();
  });

  it('names the problem of an invalid SLA annotation', async () => {
    serve({ '/sla': () => HttpResponse.json(invalidSlaAnnotation) });
    await renderSloSection(<SlaComplianceCard />);

    expect(
      await screen.findByText('The SLA target annotation is invalid'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/"99,5" is not a percentage such as 99.5/),
    ).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    serve();
    const { container } = await renderSloSection(<SlaComplianceCard />);
    await screen.findByRole('table', { name: 'SLA compliance by month' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
