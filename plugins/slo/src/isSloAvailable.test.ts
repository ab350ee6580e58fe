import { Entity } from '@backstage/catalog-model';
import { ApiHolder } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { TestApiRegistry } from '@backstage/test-utils';
import { sloApiRef } from './api';
import { isSloAvailable } from './isSloAvailable';
import { checkoutSummary, mockSloApi } from './__testUtils__/fixtures';

const entity = (kind: string, name = 'checkout'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
});

/** What `EntitySwitch.Case`'s `if` accepts (from @backstage/plugin-catalog). */
type EntitySwitchCaseIf = (
  entity: Entity,
  context: { apis: ApiHolder },
) => boolean | Promise<boolean>;
/** What `EntityLayout.Route`'s `if` accepts. */
type EntityLayoutRouteIf = (entity: Entity) => boolean;

describe('isSloAvailable', () => {
  it('fits both EntitySwitch.Case and EntityLayout.Route', () => {
    const asCase: EntitySwitchCaseIf = isSloAvailable;
    const asRoute: EntityLayoutRouteIf = isSloAvailable;
    expect(asCase).toBe(asRoute);
  });

  it.each([
    ['Component', true],
    ['component', true],
    ['Resource', true],
    ['System', false],
    ['Group', false],
    ['API', false],
  ])('without context, kind %p is %p', (kind, expected) => {
    expect(isSloAvailable(entity(kind))).toBe(expected);
  });

  it.each([
    ['a component the backend knows', 'Component', checkoutSummary, true],
    ['a resource the backend knows', 'Resource', checkoutSummary, true],
    ['a component the backend does not know', 'Component', undefined, false],
  ])('with context, %s (%s)', async (_, kind, summary, expected) => {
    const sloApi = mockSloApi({ getService: jest.fn(async () => summary) });
    const apis = TestApiRegistry.from([sloApiRef, sloApi]);
    await expect(isSloAvailable(entity(kind), { apis })).resolves.toBe(
      expected,
    );
    expect(sloApi.getService).toHaveBeenCalledWith({
      kind,
      namespace: 'default',
      name: 'checkout',
    });
  });

  it('does not ask the backend about kinds it never tracks', async () => {
    const sloApi = mockSloApi();
    const apis = TestApiRegistry.from([sloApiRef, sloApi]);
    await expect(isSloAvailable(entity('Group'), { apis })).resolves.toBe(
      false,
    );
    expect(sloApi.getService).not.toHaveBeenCalled();
  });

  it('shows the SLO views when the backend cannot answer, so they can say why', async () => {
    const failure = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'ServiceUnavailableError', message: 'starting' },
          response: { statusCode: 503 },
        }),
        { status: 503, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const sloApi = mockSloApi({
      getService: jest.fn(async () => {
        throw failure;
      }),
    });
    const apis = TestApiRegistry.from([sloApiRef, sloApi]);
    await expect(isSloAvailable(entity('Component'), { apis })).resolves.toBe(
      true,
    );
  });

  it('is false when the app has no SLO API', async () => {
    await expect(
      isSloAvailable(entity('Component'), { apis: TestApiRegistry.from() }),
    ).resolves.toBe(false);
  });
});
