import { indicatorQueries } from '../indicators';
import type { SloAlertSpec } from '../types';
import { INDICATORS } from './__fixtures__/specs';
import { exportAlerts } from './exportAlerts';
import {
  AlertExportConflictError,
  AlertExportInputError,
} from './exportErrors';
import {
  ALERT_EXPORT_FORMATS,
  ALERT_EXPORT_FORMAT_INFO,
  alertExportFormatSchema,
  isAlertExportFormat,
} from './exportFormats';
import { dnsLabel, isK8sQualifiedName, shortHash } from './names';
import { classicLatencySelectors, errorsFromGood } from './selectors';

const spec: SloAlertSpec = {
  sloName: 'component-default-checkout-availability',
  entityRef: 'component:default/checkout',
  windowDays: 30,
  objective: 0.999,
  indicator: INDICATORS['ratio-errors'],
};

describe('names', () => {
  it.each([
    ['component:default/checkout', 'component-default-checkout'],
    ['Group:Default/Payments Team', 'group-default-payments-team'],
    ['---', 'slo'],
  ])('dnsLabel(%s) = %s', (text, label) => {
    expect(dnsLabel(text)).toBe(label);
  });

  it('cuts long names to 63 characters with a hash of the whole text', () => {
    const a = `x-${'a'.repeat(70)}-one`;
    const b = `x-${'a'.repeat(70)}-two`;
    expect(dnsLabel(a)).toHaveLength(63);
    expect(dnsLabel(a)).not.toBe(dnsLabel(b));
    expect(dnsLabel(a).endsWith(`-${shortHash(a)}`)).toBe(true);
  });

  it('hashes with FNV-1a (32 bits)', () => {
    // Reference values of FNV-1a 32: "" → 811c9dc5, "a" → e40c292c.
    expect(shortHash('')).toBe('811c9dc5');
    expect(shortHash('a')).toBe('e40c292c');
  });

  it.each([
    ['prometheus', true],
    ['app.kubernetes.io/managed-by', true],
    ['pyrra.dev/entity_kind', true],
    ['-bad', false],
    ['Bad.Prefix/x', false],
    ['a/b/c', false],
  ])('isK8sQualifiedName(%s) = %s', (key, ok) => {
    expect(isK8sQualifiedName(key)).toBe(ok);
  });
});

describe('selectors', () => {
  it('matches the chosen bucket exactly as the rule generator does', () => {
    for (const boundary of [0.25, 1]) {
      const indicator = {
        ...(INDICATORS['latency-classic'] as any),
        thresholdSeconds: boundary,
        buckets: [0.1, 0.25, 0.5, 1],
      };
      expect(classicLatencySelectors(indicator).fast).toBe(
        indicatorQueries(indicator).absentSelector,
      );
    }
    expect(
      classicLatencySelectors({
        ...(INDICATORS['latency-classic'] as any),
        thresholdSeconds: 1,
      }).fast,
    ).toBe(
      'http_request_duration_seconds_bucket{job="checkout",le=~"1(\\\\.0)?"}',
    );
  });

  it.each<[string, any, string | undefined]>([
    [
      'total plus one regex matcher',
      {
        total: {
          metric: 'r',
          matchers: [{ name: 'job', op: '=', value: 'a' }],
        },
        good: {
          metric: 'r',
          matchers: [
            { name: 'code', op: '=~', value: '2..' },
            { name: 'job', op: '=', value: 'a' },
          ],
        },
      },
      'r{job="a",code!~"2.."}',
    ],
    [
      'total plus one equality matcher',
      {
        total: { metric: 'r' },
        good: {
          metric: 'r',
          matchers: [{ name: 'ok', op: '=', value: 'true' }],
        },
      },
      'r{ok!="true"}',
    ],
    [
      'a different metric',
      { total: { metric: 'r' }, good: { metric: 's' } },
      undefined,
    ],
    [
      'two extra matchers',
      {
        total: { metric: 'r' },
        good: {
          metric: 'r',
          matchers: [
            { name: 'a', op: '=', value: '1' },
            { name: 'b', op: '=', value: '2' },
          ],
        },
      },
      undefined,
    ],
    [
      'a total matcher missing from good',
      {
        total: {
          metric: 'r',
          matchers: [{ name: 'job', op: '=', value: 'a' }],
        },
        good: {
          metric: 'r',
          matchers: [{ name: 'code', op: '=', value: '200' }],
        },
      },
      undefined,
    ],
  ])('errorsFromGood with %s', (_, indicator, expected) => {
    const errors = errorsFromGood({ kind: 'ratio', ...indicator });
    const text =
      errors &&
      `${errors.metric}{${(errors.matchers ?? [])
        .map(m => `${m.name}${m.op}"${m.value}"`)
        .join(',')}}`;
    expect(text).toBe(expected);
  });
});

describe('export formats and errors', () => {
  it('lists five formats with their file hints', () => {
    expect(ALERT_EXPORT_FORMATS).toEqual([
      'prometheus',
      'prometheus-operator',
      'openslo',
      'sloth',
      'pyrra',
    ]);
    expect(
      ALERT_EXPORT_FORMATS.map(f => [
        f,
        ALERT_EXPORT_FORMAT_INFO[f].fileExtension,
        ALERT_EXPORT_FORMAT_INFO[f].multiDocument,
      ]),
    ).toEqual([
      ['prometheus', '.rules.yaml', false],
      ['prometheus-operator', '.prometheusrule.yaml', false],
      ['openslo', '.openslo.yaml', true],
      ['sloth', '.sloth.yaml', true],
      ['pyrra', '.pyrra.yaml', true],
    ]);
    expect(isAlertExportFormat('pyrra')).toBe(true);
    expect(isAlertExportFormat('nobl9')).toBe(false);
    expect(alertExportFormatSchema.safeParse('nobl9').success).toBe(false);
  });

  it('dispatches every format', () => {
    for (const format of ALERT_EXPORT_FORMATS) {
      const out = exportAlerts(format, { specs: [spec] });
      expect(out.format).toBe(format);
      expect(out.documents.length).toBeGreaterThan(0);
    }
  });

  it.each<[string, object, RegExp]>([
    ['no specs', { specs: [] }, /at least one SLO spec/],
    [
      'a namespace with capitals',
      { specs: [spec], namespace: 'Monitoring' },
      /namespace/,
    ],
    [
      'a label value with a space',
      { specs: [spec], labels: { team: 'a b' } },
      /labels/,
    ],
    [
      'a label key with two slashes',
      { specs: [spec], labels: { 'a/b/c': 'x' } },
      /labels/,
    ],
    [
      'an objective of 99.9',
      { specs: [{ ...spec, objective: 99.9 }] },
      /objective/,
    ],
    [
      'a ratio with both errors and good',
      {
        specs: [
          {
            ...spec,
            indicator: { ...INDICATORS['ratio-errors'], good: { metric: 'x' } },
          },
        ],
      },
      /exactly one of errors or good/,
    ],
    [
      'an invalid SLO name',
      { specs: [{ ...spec, sloName: 'a b' }] },
      /sloName/,
    ],
  ])('answers %s with InputError (400)', (_, options, message) => {
    for (const format of ALERT_EXPORT_FORMATS) {
      const run = () => exportAlerts(format, options as any);
      expect(run).toThrow(AlertExportInputError);
      expect(run).toThrow(message);
    }
    expect(() => exportAlerts('openslo', options as any)).toThrow(
      expect.objectContaining({ name: 'InputError' }),
    );
  });

  it('answers two SLOs with one name with ConflictError (409)', () => {
    for (const format of ALERT_EXPORT_FORMATS) {
      const run = () => exportAlerts(format, { specs: [spec, { ...spec }] });
      expect(run).toThrow(AlertExportConflictError);
    }
    expect(new AlertExportConflictError('x').name).toBe('ConflictError');
  });

  it('uses rules passed in, and refuses ones that belong to other specs', () => {
    const other = exportAlerts('prometheus', {
      specs: [{ ...spec, sloName: 'other' }],
    });
    expect(() =>
      exportAlerts('prometheus', {
        specs: [spec],
        generated: [
          {
            ruleFile: other.documents[0] as any,
            metadata: { sloName: 'other' } as any,
          },
        ],
      }),
    ).toThrow(/generated rules must belong to the specs/);
  });
});
