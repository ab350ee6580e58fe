import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { delay, http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { alertReplay, replayWithoutData } from './__fixtures__/replay';
import { AlertReplayCard } from './AlertReplayCard';

const server = sloTestServer();
const CHECKOUT = { kind: 'Component', namespace: 'default', name: 'checkout' };

function serve(answer: Parameters<typeof http.get>[1]) {
  server.use(http.get(`${CHECKOUT_PATH}/slos/alert-replay`, answer));
}

function cellsOf(table: string, row: RegExp) {
  const t = screen.getByRole('table', { name: table });
  return within(within(t).getByRole('row', { name: row }))
    .getAllByRole('cell')
    .map(c => c.textContent);
}

describe('AlertReplayCard', () => {
  it('shows a progress bar while loading', async () => {
    serve(() => delay('infinite').then(() => new Response()));
    await renderSloSection(<AlertReplayCard entity={CHECKOUT} />);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('says what to do when Prometheus cannot replay', async () => {
    serve(() =>
      HttpResponse.json(
        serializedError(
          'ServiceUnavailableError',
          'Prometheus did not answer within 30000 ms',
          503,
        ),
        { status: 503 },
      ),
    );
    await renderSloSection(<AlertReplayCard entity={CHECKOUT} />);

    expect(
      await screen.findByText(
        /Could not load the alert replay: the SLO backend answered 503/,
      ),
    ).toBeInTheDocument();
    // The lookback stays available to try a shorter range.
    expect(screen.getByLabelText('Lookback')).toBeInTheDocument();
  });

  it('replays both modes and reloads for another lookback', async () => {
    const lookbacks: (string | null)[] = [];
    serve(({ request }) => {
      lookbacks.push(new URL(request.url).searchParams.get('lookback_days'));
      return HttpResponse.json(alertReplay);
    });
    await renderSloSection(<AlertReplayCard entity={CHECKOUT} />);

    const replay = await screen.findByRole('region', {
      name: 'Replay of component-default-checkout-availability',
    });
    expect(
      within(replay).getByRole('img', {
        name: 'Alert replay of component-default-checkout-availability (99.9% over 30 days): Static: 2 pages, 1 ticket. Dynamic (in use): 1 page, 0 tickets.',
      }),
    ).toBeInTheDocument();
    expect(
      cellsOf(
        'Firing episodes of component-default-checkout-availability',
        /^static 1h\/5m/,
      ),
    ).toEqual([
      'static',
      '1h/5m',
      'page',
      '17 Mar 2026, 10:00 UTC',
      '17 Mar 2026, 10:42 UTC',
      '42 min',
    ]);
    expect(
      cellsOf(
        'Firing episodes of component-default-checkout-availability',
        /^static 1d\/2h/,
      ),
    ).toEqual([
      'static',
      '1d/2h',
      'ticket',
      '20 Mar 2026, 23:00 UTC',
      'still firing',
      '13 h',
    ]);
    expect(
      cellsOf(
        'Firing episodes of component-default-checkout-availability',
        /^dynamic/,
      ),
    ).toEqual([
      'dynamic',
      '1h/5m',
      'page',
      '17 Mar 2026, 10:01 UTC',
      '17 Mar 2026, 10:30 UTC',
      '29 min',
    ]);
    expect(lookbacks).toEqual(['7']);

    fireEvent.change(screen.getByLabelText('Lookback'), {
      target: { value: '30' },
    });
    await waitFor(() => expect(lookbacks).toEqual(['7', '30']));
  });

  it('says when the replay had nothing to evaluate', async () => {
    serve(() => HttpResponse.json(replayWithoutData));
    await renderSloSection(<AlertReplayCard entity={CHECKOUT} />);

    const replay = await screen.findByRole('region', {
      name: 'Replay of component-default-checkout-availability',
    });
    expect(replay).toHaveTextContent(
      "The indicator's series have no sample in the last 1 day, so nothing could fire. That does not mean the SLO was met",
    );
    expect(within(replay).queryByRole('img')).not.toBeInTheDocument();
    expect(
      screen.getByText(/its indicator has no samples in the range/),
    ).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    serve(() => HttpResponse.json(alertReplay));
    const { container } = await renderSloSection(
      <AlertReplayCard entity={CHECKOUT} />,
    );
    await screen.findByRole('img', { name: /^Alert replay of/ });
    expect(await axe(container)).toHaveNoViolations();
  });
});
