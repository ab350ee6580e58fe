import { assertNoPersonalData, detectPersonalData } from './personalData';

describe('detectPersonalData', () => {
  it.each([
    ['alice@example.com', 'an e-mail address'],
    ['team-alice.smith+ops@mail.example.co.uk', 'an e-mail address'],
    ['10.0.0.1', 'an IPv4 address'],
    ['svc-192.168.1.20-primary', 'an IPv4 address'],
    ['255.255.255.255', 'an IPv4 address'],
    ['2001:db8::1', 'an IPv6 address'],
    ['fe80::1ff:fe23:4567:890a', 'an IPv6 address'],
    ['host-[2001:db8:0:0:0:0:2:1]', 'an IPv6 address'],
    ['::ffff:192.0.2.128', 'an IPv4 address'],
  ])('%s is %s', (value, kind) => {
    expect(detectPersonalData(value)).toBe(kind);
  });

  it.each([
    'checkout',
    'auth',
    'payments-v2',
    'le-0.005',
    '1.2.3',
    '256.1.1.1',
    '1.2.3.4.5',
    '12:30:00',
    'foo::bar',
    'team@',
    '@scope/pkg',
  ])('%s is fine', value => {
    expect(detectPersonalData(value)).toBeUndefined();
  });

  it('names entity and annotation without echoing the value', () => {
    expect(() =>
      assertNoPersonalData('bob@example.org', {
        entityRef: 'component:default/checkout',
        annotation: 'slo-engine.io/prometheus-service',
      }),
    ).toThrow(
      /^component:default\/checkout: annotation slo-engine\.io\/prometheus-service contains a label value that looks like an e-mail address/,
    );
    const error = (() => {
      try {
        assertNoPersonalData('bob@example.org', {
          entityRef: 'x',
          annotation: 'y',
        });
        return undefined;
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).not.toContain('bob@');
  });
});
