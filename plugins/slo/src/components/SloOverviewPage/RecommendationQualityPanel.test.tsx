import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import {
  answerGet,
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { recommendationQuality } from './__fixtures__/dashboard';
import { RecommendationQualityPanel } from './RecommendationQualityPanel';

const server = sloTestServer();
const PATH = '/dashboard/recommendation-quality';

function cells(table: string, name: RegExp) {
  return within(
    within(screen.getByRole('table', { name: table })).getByRole('row', {
      name,
    }),
  )
    .getAllByRole('cell')
    .map(c => c.textContent);
}

describe('RecommendationQualityPanel', () => {
  it('shows a progress bar while the figures load', async () => {
    server.use(http.get(`${SLO_BASE_URL}${PATH}`, () => delay('infinite')));
    await renderSloSection(<RecommendationQualityPanel filter={{}} />);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the recommendation quality',
      }),
    ).toBeInTheDocument();
  });

  it('shows decision rates and breached windows by tier and team', async () => {
    const requests = answerGet(server, PATH, recommendationQuality);
    await renderSloSection(
      <RecommendationQualityPanel filter={{ system: 'checkout' }} />,
    );

    // 6, 3 and 1 of 10 human decisions; 1 of 8 windows is 12.5 %.
    expect(
      await screen.findByText(
        'Owners accepted 60%, modified 30% and rejected 10% of 10 recommendations; rules auto-approved 2 more. 1 of 8 completed SLO windows breached their availability target (13%).',
      ),
    ).toBeInTheDocument();
    expect(Object.fromEntries(requests[0].searchParams)).toEqual({
      system: 'checkout',
    });
    // 4 of 7 is 57 %, 3 of 7 is 43 %.
    expect(cells('Decisions by tier', /^Balanced/)).toEqual([
      'Balanced',
      '7',
      '4 (57%)',
      '3 (43%)',
      '0 (0%)',
      '2',
      '0 of 5 (0%)',
    ]);
    expect(cells('Decisions by tier', /^No tier/)).toEqual([
      'No tier (rejected)',
      '1',
      '0 (0%)',
      '0 (0%)',
      '1 (100%)',
      '0',
      'None judged',
    ]);
    // 1 of 6 windows is 16.7 %.
    expect(cells('Decisions by team', /^team-checkout/)).toEqual([
      'team-checkout',
      '5',
      '4 (80%)',
      '1 (20%)',
      '0 (0%)',
      '0',
      '1 of 6 (17%)',
    ]);
  });

  it('tells auto-approvals apart when no owner has decided', async () => {
    const { totals } = recommendationQuality;
    answerGet(server, PATH, {
      ...recommendationQuality,
      totals: {
        decisions: {
          ...totals.decisions,
          accept: 0,
          modify: 0,
          reject: 0,
          human_decisions: 0,
          accept_rate: null,
          modify_rate: null,
          reject_rate: null,
        },
        breaches: totals.breaches,
      },
    });
    await renderSloSection(<RecommendationQualityPanel filter={{}} />);
    expect(
      await screen.findByText(
        'No owner has decided on a recommendation yet; rules auto-approved 2. 1 of 8 completed SLO windows breached their availability target (13%).',
      ),
    ).toBeInTheDocument();
  });

  it('says that nobody has decided yet', async () => {
    const zero = {
      decisions: {
        accept: 0,
        modify: 0,
        reject: 0,
        auto_approve: 0,
        human_decisions: 0,
        accept_rate: null,
        modify_rate: null,
        reject_rate: null,
      },
      breaches: {
        completed_windows: 0,
        breached_windows: 0,
        breach_rate: null,
        windows_without_data: 0,
      },
    };
    answerGet(server, PATH, {
      ...recommendationQuality,
      totals: zero,
      by_team: [],
      by_tier: [],
    });
    await renderSloSection(<RecommendationQualityPanel filter={{}} />);
    expect(
      await screen.findByText('No decision on a recommendation yet'),
    ).toBeInTheDocument();
  });

  it('shows why the figures could not be read', async () => {
    answerGet(
      server,
      PATH,
      serializedError('NotAllowedError', 'slo.read is required', 403),
      403,
    );
    await renderSloSection(<RecommendationQualityPanel filter={{}} />);
    expect(
      await screen.findByText(
        /you are not allowed to read SLO data\. Ask a Backstage admin for the slo\.read permission/,
      ),
    ).toBeInTheDocument();
  });
});
