import { fleet, matrix } from './__fixtures__/specs';
import {
  openSloValidator,
  prometheusRuleValidator,
  pyrraValidator,
  slothValidators,
} from './__testUtils__/schemaValidators';
import { exportOpenSlo } from './openslo';
import { exportPrometheusOperatorRule } from './prometheusOperator';
import { exportPyrra } from './pyrra';
import { exportSloth } from './sloth';

/**
 * Every generated document against the vendored schemas: every indicator
 * kind × 28/30 days × static/dynamic, and a fleet export of four SLOs of
 * three entities with mixed windows.
 */

const cases = matrix();
const openslo = openSloValidator();
const promRule = prometheusRuleValidator();
const pyrraReleased = pyrraValidator({ dynamicBranch: false });
const pyrraDynamic = pyrraValidator({ dynamicBranch: true });
const sloth = slothValidators();

const k8s = { namespace: 'monitoring', labels: { prometheus: 'k8s' } };

describe('every export passes its schema', () => {
  it('covers 20 combinations', () => {
    expect(cases).toHaveLength(20);
  });

  it.each(cases)('PrometheusRule: $label', ({ spec }) => {
    const [doc] = exportPrometheusOperatorRule({
      specs: [spec],
      ...k8s,
    }).documents;
    expect(promRule(doc)).toEqual([]);
  });

  it.each(cases)('OpenSLO: $label', ({ spec }) => {
    const { documents } = exportOpenSlo({ specs: [spec] });
    // Service, 2 targets, SLI, 4 conditions, 4 policies, SLO.
    expect(documents).toHaveLength(13);
    for (const doc of documents) expect(openslo(doc)).toEqual([]);
  });

  it.each(cases)('Sloth: $label', ({ spec }) => {
    const out = exportSloth({ specs: [spec] });
    expect(out.documents).toHaveLength(1);
    expect(sloth.spec(out.documents[0])).toEqual([]);
    expect(out.alertWindows).toHaveLength(spec.windowDays === 30 ? 0 : 1);
    for (const w of out.alertWindows) expect(sloth.alertWindows(w)).toEqual([]);
  });

  it.each(cases)('Pyrra: $label', ({ spec }) => {
    const [doc] = exportPyrra({ specs: [spec], ...k8s }).documents;
    const dynamic = spec.burnRateType === 'dynamic';
    expect(pyrraDynamic(doc)).toEqual([]);
    // Released Pyrra, validating strictly, knows no burnRateType.
    expect(pyrraReleased(doc).length > 0).toBe(dynamic);
  });
});

describe('fleet export', () => {
  const specs = fleet();

  it('PrometheusRule holds every group of the four SLOs', () => {
    const [doc] = exportPrometheusOperatorRule({
      specs,
      name: 'group:default/payments',
      ...k8s,
    }).documents;
    expect(promRule(doc)).toEqual([]);
    // 3 static SLOs × (recordings, alerts) + the dynamic one's 3 groups.
    expect(doc.spec.groups).toHaveLength(9);
    expect(doc.metadata.name).toBe('group-default-payments-slo-rules');
    expect(doc.metadata.labels['slo-engine.io/owner']).toBe('payments');
    expect(doc.metadata.labels['slo-engine.io/entity-name']).toBeUndefined();
  });

  it('OpenSLO: one Service per entity, targets shared', () => {
    const { documents } = exportOpenSlo({ specs });
    for (const doc of documents) expect(openslo(doc)).toEqual([]);
    const count = (kind: string) =>
      documents.filter(d => d.kind === kind).length;
    expect(count('Service')).toBe(3);
    expect(count('AlertNotificationTarget')).toBe(2);
    expect(count('SLO')).toBe(4);
    expect(count('AlertPolicy')).toBe(16);
  });

  it('Sloth: one document per entity and window, windows for 28 and 30 days', () => {
    const out = exportSloth({ specs });
    for (const doc of out.documents) expect(sloth.spec(doc)).toEqual([]);
    expect(out.documents.map(d => [d.service, d.slos.length])).toEqual([
      ['component-default-checkout', 2],
      ['component-default-cart', 1],
      ['resource-default-shop-probe', 1],
    ]);
    expect(out.alertWindows.map(w => w.spec.sloPeriod)).toEqual(['28d', '30d']);
    for (const w of out.alertWindows) expect(sloth.alertWindows(w)).toEqual([]);
  });

  it('Pyrra: one object per SLO', () => {
    const { documents } = exportPyrra({ specs, ...k8s });
    expect(documents.map(d => d.metadata.name)).toEqual([
      'component-default-checkout-availability',
      'component-default-checkout-latency-p99',
      'component-default-cart-availability',
      'resource-default-shop-probe-availability',
    ]);
    for (const doc of documents) {
      const dynamic = doc.spec.alerting.burnRateType === 'dynamic';
      expect((dynamic ? pyrraDynamic : pyrraReleased)(doc)).toEqual([]);
    }
  });
});
