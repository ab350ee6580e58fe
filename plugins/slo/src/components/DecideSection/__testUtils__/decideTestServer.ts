import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  sloTestServer,
} from '../../../__testUtils__/renderSloSection';

export const RECOMMENDATIONS = `${CHECKOUT_PATH}/slo-recommendations`;
export const SLOS = `${CHECKOUT_PATH}/slos`;

/**
 * An msw server for the Decide section's tests, with helpers that serve
 * checkout's recommendation and record the decisions posted.
 */
export function decideTestServer() {
  const server = sloTestServer();

  /** Serves the recommendation(s) in turn; records the query of each GET. */
  function serveRecommendation(...bodies: unknown[]) {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(RECOMMENDATIONS, ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(
          bodies[Math.min(queries.length, bodies.length) - 1] as object,
        );
      }),
    );
    return queries;
  }

  /** Answers decisions with `reply` and records their bodies. */
  function serveDecision(reply: () => Response) {
    const posted: unknown[] = [];
    server.use(
      http.post(SLOS, async ({ request }) => {
        posted.push(await request.json());
        return reply();
      }),
    );
    return posted;
  }

  return { server, serveRecommendation, serveDecision };
}

/** Waits for the form and for the permission check to enable it. */
export async function formReady() {
  await screen.findByRole('form', { name: 'Decide on the recommendation' });
  await waitFor(() =>
    expect(screen.getByRole('radio', { name: /^Balanced/ })).toBeEnabled(),
  );
}

export function type(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}
