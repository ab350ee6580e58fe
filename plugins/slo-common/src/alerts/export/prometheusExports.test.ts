import { generateAlertRules } from '../generateAlertRules';
import type { PrometheusAlertingRule, SloAlertSpec } from '../types';
import { INDICATORS } from './__fixtures__/specs';
import { AlertExportConflictError } from './exportErrors';
import { exportPrometheusOperatorRule } from './prometheusOperator';
import { exportPrometheusRules, mergeRuleFiles } from './prometheusRuleFile';

const availability: SloAlertSpec = {
  sloName: 'component-default-checkout-availability',
  entityRef: 'component:default/checkout',
  owner: 'group:default/payments',
  windowDays: 30,
  objective: 0.999,
  indicator: INDICATORS['ratio-errors'],
};
const probe: SloAlertSpec = {
  sloName: 'resource-default-shop-probe-availability',
  entityRef: 'resource:default/shop-probe',
  owner: 'group:default/payments',
  windowDays: 28,
  objective: 0.99,
  indicator: INDICATORS['boolean-gauge'],
};

describe('mergeRuleFiles', () => {
  it('puts the groups of several SLOs in one file, in order', () => {
    const merged = mergeRuleFiles([
      generateAlertRules(availability),
      generateAlertRules({ ...probe, burnRateType: 'dynamic' }),
    ]);
    expect(merged.groups.map(g => [g.name, g.interval])).toEqual([
      ['component-default-checkout-availability:recordings', '1m'],
      ['component-default-checkout-availability:alerts', '1m'],
      ['resource-default-shop-probe-availability:recordings', '1m'],
      ['resource-default-shop-probe-availability:slo-window', '2m30s'],
      ['resource-default-shop-probe-availability:alerts', '1m'],
    ]);
  });

  it('refuses two SLOs with the same group name', () => {
    const twice = [
      generateAlertRules(availability),
      generateAlertRules({ ...availability, objective: 0.99 }),
    ];
    expect(() => mergeRuleFiles(twice)).toThrow(AlertExportConflictError);
    expect(() => mergeRuleFiles(twice)).toThrow(
      'rule group "component-default-checkout-availability:recordings" appears twice',
    );
  });

  it('exportPrometheusRules returns one rule-file document', () => {
    const out = exportPrometheusRules({ specs: [availability, probe] });
    expect(out.documents).toHaveLength(1);
    expect(out.documents[0].groups).toHaveLength(4);
    expect(out.format).toBe('prometheus');
  });
});

describe('exportPrometheusOperatorRule', () => {
  it('wraps the rule file in a whole PrometheusRule', () => {
    const { documents } = exportPrometheusOperatorRule({
      specs: [availability],
      namespace: 'monitoring',
      labels: { prometheus: 'k8s', role: 'alert-rules' },
    });
    expect(documents).toEqual([
      {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: {
          name: 'component-default-checkout-slo-rules',
          namespace: 'monitoring',
          labels: {
            'app.kubernetes.io/managed-by': 'slo-engine',
            'slo-engine.io/entity-kind': 'component',
            'slo-engine.io/entity-namespace': 'default',
            'slo-engine.io/entity-name': 'checkout',
            'slo-engine.io/owner': 'payments',
            prometheus: 'k8s',
            role: 'alert-rules',
          },
          annotations: {
            'slo-engine.io/entity-refs': 'component:default/checkout',
            'slo-engine.io/owner-refs': 'group:default/payments',
          },
        },
        spec: { groups: generateAlertRules(availability).ruleFile.groups },
      },
    ]);
    // Hand-checked against the SRE Workbook: 14.4 × 0.1 % = 1.44 %, `for` 2m.
    const alerts = documents[0].spec.groups[1]
      .rules as PrometheusAlertingRule[];
    expect(alerts[0].expr).toContain(
      'slo:sli_error:ratio1h{slo="component-default-checkout-availability"} > 0.0144',
    );
    expect(alerts[0].for).toBe('2m');
  });

  it('derives a stable, valid name from long subjects', () => {
    const name = `component:default/${'very-long-service-name-'.repeat(4)}x`;
    const run = () =>
      exportPrometheusOperatorRule({ specs: [availability], name }).documents[0]
        .metadata.name;
    expect(run()).toBe(run());
    expect(run()).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    expect(run()).toHaveLength(63);
    expect(run()).toMatch(
      /^component-default-very-long-service-name-.*-[0-9a-f]{8}$/,
    );
  });

  it('names a fleet file after the shared owner and omits entity labels', () => {
    const [doc] = exportPrometheusOperatorRule({
      specs: [availability, probe],
    }).documents;
    expect(doc.metadata.name).toBe('group-default-payments-slo-rules');
    expect(doc.metadata.labels).toEqual({
      'app.kubernetes.io/managed-by': 'slo-engine',
      'slo-engine.io/owner': 'payments',
    });
    expect(doc.metadata.annotations['slo-engine.io/entity-refs']).toBe(
      'component:default/checkout, resource:default/shop-probe',
    );
    expect(doc.metadata.namespace).toBeUndefined();
  });
});
