import { serverFieldErrors, validateImpactForm } from './validateImpactForm';

const SERVICE = 'component:default/checkout';

describe('validateImpactForm', () => {
  it.each`
    proposed     | current    | proposedTarget | currentTarget
    ${'99.5'}    | ${''}      | ${99.5}        | ${undefined}
    ${' 99,95 '} | ${'99.99'} | ${99.95}       | ${99.99}
    ${'99.9%'}   | ${' '}     | ${99.9}        | ${undefined}
    ${'0.1'}     | ${'.5'}    | ${0.1}         | ${0.5}
    ${'99.9999'} | ${'99'}    | ${99.9999}     | ${99}
  `(
    'accepts $proposed (current "$current")',
    ({ proposed, current, proposedTarget, currentTarget }) => {
      expect(validateImpactForm({ proposed, current }, SERVICE)).toEqual({
        request: {
          service_id: SERVICE,
          proposed_change: {
            sli_type: 'availability',
            proposed_target: proposedTarget,
            ...(currentTarget === undefined
              ? {}
              : { current_target: currentTarget }),
          },
        },
      });
    },
  );

  it.each`
    proposed   | current     | errors
    ${''}      | ${''}       | ${{ proposed: 'Enter the proposed target in percent, e.g. 99.9' }}
    ${'abc'}   | ${''}       | ${{ proposed: 'Enter the proposed target in percent, e.g. 99.9' }}
    ${'-1'}    | ${''}       | ${{ proposed: 'Enter the proposed target in percent, e.g. 99.9' }}
    ${'0'}     | ${''}       | ${{ proposed: 'The proposed target must be above 0%' }}
    ${'100'}   | ${''}       | ${{ proposed: 'The proposed target must be below 100%: a 100% target leaves no error budget' }}
    ${'100.5'} | ${''}       | ${{ proposed: 'The proposed target must be below 100%: a 100% target leaves no error budget' }}
    ${'99.9'}  | ${'0'}      | ${{ current: 'The current target must be above 0%' }}
    ${'1e2'}   | ${'99.9.9'} | ${{ proposed: 'Enter the proposed target in percent, e.g. 99.9', current: 'Enter the current target in percent, e.g. 99.9' }}
  `(
    'rejects $proposed (current "$current")',
    ({ proposed, current, errors }) => {
      expect(validateImpactForm({ proposed, current }, SERVICE)).toEqual({
        errors,
      });
    },
  );
});

describe('serverFieldErrors', () => {
  it.each`
    message                                                                                                                                                          | fields                                                                                                                                      | form
    ${'Invalid body: proposed_change.proposed_target: proposed_target must be below 100%'}                                                                           | ${{ proposed: 'proposed_target must be below 100%' }}                                                                                       | ${undefined}
    ${'Invalid body: proposed_change.current_target: current_target must be above 0%; proposed_change.proposed_target: proposed_target must be a number in percent'} | ${{ current: 'current_target must be above 0%', proposed: 'proposed_target must be a number in percent' }}                                  | ${undefined}
    ${'current_target is required: component:default/checkout has no active SLO and no observed availability in the last 30 days'}                                   | ${{ current: 'current_target is required: component:default/checkout has no active SLO and no observed availability in the last 30 days' }} | ${undefined}
    ${'service_id "a:b/c/d" is not an entity reference such as component:default/payments'}                                                                          | ${{}}                                                                                                                                       | ${'service_id "a:b/c/d" is not an entity reference such as component:default/payments'}
    ${"Invalid body: (root): Unrecognized key(s) in object: 'extra'"}                                                                                                | ${{}}                                                                                                                                       | ${"(root): Unrecognized key(s) in object: 'extra'"}
  `('places "$message"', ({ message, fields, form }) => {
    expect(serverFieldErrors(message)).toEqual(
      form === undefined ? { fields } : { fields, form },
    );
  });
});
