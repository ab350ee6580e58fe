import { mockServices } from '@backstage/backend-test-utils';
import { readSloPolicyOptions } from './readSloPolicyOptions';

const read = (adminGroups?: unknown) =>
  readSloPolicyOptions(
    mockServices.rootConfig({
      data:
        adminGroups === undefined
          ? {}
          : { slo: { permissions: { adminGroups } } },
    }),
  );

describe('readSloPolicyOptions', () => {
  it('defaults to no admin group', () => {
    expect(read()).toEqual({ adminGroups: [] });
  });

  it('normalises group refs', () => {
    expect(read(['sre', 'group:platform/Ops'])).toEqual({
      adminGroups: ['group:default/sre', 'group:platform/ops'],
    });
  });

  it.each([
    [['user:default/ada'], 'adminGroups[0]: user:default/ada is not a group'],
    [[42], 'adminGroups[0]: Invalid input: expected string'],
    ['sre', 'adminGroups[]: Invalid input: expected array'],
  ])('refuses %j', (value, message) => {
    expect(() => read(value)).toThrow(message);
  });
});
