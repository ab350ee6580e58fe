import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  MockFetchApi,
  MockPermissionApi,
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
import { SWRConfig } from 'swr';
import { sloApiRef } from '../api';
import { SloClient } from '../api/SloClient';
import { checkoutEntity } from './fixtures';

/** Where the tests' SLO backend lives; msw handlers match under it. */
export const SLO_BASE_URL = 'http://backstage.test/api/slo';

/** The entity page path of the test entity's SLO routes. */
export const CHECKOUT_PATH = `${SLO_BASE_URL}/services/Component/default/checkout`;

/** An msw server answering the SLO backend, reset between tests. */
export function sloTestServer() {
  const server = setupServer();
  registerMswTestHooks(server);
  return server;
}

/** The real SloClient, talking to the msw server of the tests. */
export function testSloClient(): SloClient {
  return new SloClient({
    discoveryApi: { getBaseUrl: async () => SLO_BASE_URL },
    fetchApi: new MockFetchApi(),
  });
}

/** What Backstage's error middleware sends for a thrown error. */
export function serializedError(
  name: string,
  message: string,
  statusCode: number,
) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/api/slo/some/path' },
    response: { statusCode },
  };
}

/**
 * Makes `GET <SLO backend><path>` answer `body` (with `status`), recording
 * each request's URL in the returned list.
 */
export function answerGet(
  server: { use: (...handlers: ReturnType<typeof http.get>[]) => void },
  path: string,
  body: unknown,
  status = 200,
): URL[] {
  const requests: URL[] = [];
  server.use(
    http.get(`${SLO_BASE_URL}${path}`, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json(body as Record<string, unknown>, { status });
    }),
  );
  return requests;
}

const QUERY_PROBE = 'slo-test-query-string';

/** Keeps the test router's query string in the DOM, out of the a11y tree. */
function QueryProbe() {
  return (
    <span hidden data-testid={QUERY_PROBE}>
      {useLocation().search}
    </span>
  );
}

/** The query string the rendered page last wrote, e.g. `?team=a`. */
export function currentQuery(): string {
  return screen.getByTestId(QUERY_PROBE).textContent ?? '';
}

/** Options of {@link renderSloSection}. */
export interface RenderSloOptions {
  /** The entity in context; checkout when absent. */
  entity?: Entity;
  /** What the permission API answers to every check; allow when absent. */
  allowed?: boolean;
  /** The start URL, e.g. with the overview page's filters. */
  route?: string;
  /** What the catalog holds; the entity in context when absent. */
  catalogEntities?: Entity[];
}

/**
 * Renders a section, card or page inside a test app with the real
 * SloClient (talking to the msw server), an entity in context, a catalog
 * and a permission API that allows or denies everything.
 */
export async function renderSloSection(
  element: ReactElement,
  options: RenderSloOptions = {},
) {
  const entity = options.entity ?? checkoutEntity;
  const permissionApi = new MockPermissionApi(() =>
    options.allowed === false ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
  );
  const catalogApi = catalogApiMock({
    entities: options.catalogEntities ?? [entity],
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [sloApiRef, testSloClient()],
        [permissionApiRef, permissionApi],
        [catalogApiRef, catalogApi],
      ]}
    >
      {/* usePermission keeps answers in swr's cache, global by default:
          a fresh cache per render keeps one test's answers out of the next. */}
      <SWRConfig value={{ provider: () => new Map() }}>
        <EntityProvider entity={entity}>
          {element}
          <QueryProbe />
        </EntityProvider>
      </SWRConfig>
    </TestApiProvider>,
    {
      routeEntries: options.route ? [options.route] : undefined,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}
