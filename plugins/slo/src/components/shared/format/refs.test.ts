import { actorLabel, formatRef } from './refs';

describe('formatRef', () => {
  it.each([
    ['group:default/team-checkout', 'group', 'team-checkout'],
    ['user:default/guest', 'group', 'user:guest'],
    ['component:default/checkout', 'component', 'checkout'],
    ['resource:default/orders-db', 'component', 'resource:orders-db'],
    ['system:ops/platform', 'system', 'ops/platform'],
    ['team-checkout', 'group', 'team-checkout'],
    [':x', 'group', ':x'],
  ])('%p with default kind %p is %p', (ref, kind, expected) => {
    expect(formatRef(ref, kind)).toBe(expected);
  });
});

describe('actorLabel', () => {
  it.each([
    ['user:default/alice', 'alice'],
    ['user:ops/bob', 'ops/bob'],
    ['group:default/payments', 'payments'],
    [
      'auto-approval-rule:low-risk services',
      'auto-approval rule "low-risk services"',
    ],
    ['slo-engine:drift-detection', 'SLO engine drift detection'],
    ['someone', 'someone'],
  ])('%p is %p', (actor, expected) => {
    expect(actorLabel(actor)).toBe(expected);
  });
});
