import { fleet, matrix } from './__fixtures__/specs';
import {
  openSloValidator,
  prometheusRuleValidator,
  pyrraValidator,
  slothValidators,
  Validate,
} from './__testUtils__/schemaValidators';
import { exportOpenSlo } from './openslo';
import { exportPrometheusOperatorRule } from './prometheusOperator';
import { exportPyrra } from './pyrra';
import { exportSloth } from './sloth';

/**
 * Each validator must reject a broken copy of a document it accepts, so a
 * schema check that passes everything cannot go unnoticed. Every case
 * breaks one thing and names where the validator must complain.
 */

type Doc = Record<string, any>;
const clone = <T>(doc: T): Doc => JSON.parse(JSON.stringify(doc));

function expectRejected(validate: Validate, doc: Doc, where: RegExp): void {
  const errors = validate(doc);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.join('\n')).toMatch(where);
}

const spec = matrix().find(
  c => c.label === 'latency-classic 28d dynamic',
)!.spec;

describe('PrometheusRule CRD check rejects', () => {
  const validate = prometheusRuleValidator();
  const doc = exportPrometheusOperatorRule({ specs: fleet() }).documents[0];

  it('accepts the unbroken document', () => {
    expect(validate(doc)).toEqual([]);
  });

  it.each<[string, (d: Doc) => void, RegExp]>([
    [
      'a non-duration interval',
      d => (d.spec.groups[0].interval = '1 minute'),
      /interval.*pattern/,
    ],
    [
      'a rule without expr',
      d => delete d.spec.groups[0].rules[0].expr,
      /required.*expr/,
    ],
    [
      'a misspelt field (strict)',
      d => (d.spec.groups[0].rules[0].expresion = 'up'),
      /additional/,
    ],
    [
      'a bad partial_response_strategy',
      d => (d.spec.groups[0].partial_response_strategy = 'fail'),
      /partial_response_strategy/,
    ],
    ['a missing spec', d => delete d.spec, /required.*spec/],
  ])('%s', (_, breakIt, where) => {
    const broken = clone(doc);
    expect(validate(broken)).toEqual([]);
    breakIt(broken);
    expectRejected(validate, broken, where);
  });

  it('accepts partial_response_strategy in any case, as Go (?i) does', () => {
    const d = clone(doc);
    d.spec.groups[0].partial_response_strategy = 'WARN';
    expect(validate(d)).toEqual([]);
  });
});

describe('OpenSLO check rejects', () => {
  const validate = openSloValidator();
  const docs = exportOpenSlo({ specs: [spec] }).documents;
  const of = (kind: string) => clone(docs.find(d => d.kind === kind)!);

  it.each<[string, string, (d: Doc) => void, RegExp]>([
    [
      'a target in percent',
      'SLO',
      d => (d.spec.objectives[0].target = 99.9),
      /target/,
    ],
    [
      'an unknown budgeting method',
      'SLO',
      d => (d.spec.budgetingMethod = 'Events'),
      /budgetingMethod/,
    ],
    [
      'alertPolicies as plain names (old schema form)',
      'SLO',
      d => (d.spec.alertPolicies = ['x']),
      /alertPolicies/,
    ],
    ['an upper-case name', 'SLO', d => (d.metadata.name = 'Checkout'), /name/],
    [
      'a name over 63 characters (Go SDK)',
      'SLI',
      d => (d.metadata.name = 'a'.repeat(64)),
      /name/,
    ],
    [
      'both good and bad',
      'SLI',
      d => (d.spec.ratioMetric.bad = d.spec.ratioMetric.good),
      /ratioMetric/,
    ],
    [
      'a two-unit duration',
      'AlertCondition',
      d => (d.spec.condition.lookbackWindow = '1h30m'),
      /lookbackWindow/,
    ],
    [
      'a burnrate condition without threshold',
      'AlertCondition',
      d => delete d.spec.condition.threshold,
      /threshold/,
    ],
    [
      'two conditions in one policy',
      'AlertPolicy',
      d => d.spec.conditions.push({ conditionRef: 'x' }),
      /conditions/,
    ],
    [
      'a policy without notification target',
      'AlertPolicy',
      d => (d.spec.notificationTargets = []),
      /notificationTargets/,
    ],
    [
      'an upper-case label value (Go SDK)',
      'SLO',
      d => (d.metadata.labels['burn-rate-type'] = 'Dynamic'),
      /labels/,
    ],
    [
      'a wrong apiVersion',
      'Service',
      d => (d.apiVersion = 'openslo/v1alpha'),
      /apiVersion/,
    ],
  ])('%s (%s)', (_, kind, breakIt, where) => {
    const d = of(kind);
    expect(validate(d)).toEqual([]);
    breakIt(d);
    expectRejected(validate, d, where);
  });
});

describe('Sloth checks reject', () => {
  const { spec: validateSpec, alertWindows } = slothValidators();
  const out = exportSloth({ specs: [spec] });

  it.each<[string, (d: Doc) => void, RegExp]>([
    [
      'a query without {{.window}}',
      d => (d.slos[0].sli.events.total_query = 'sum(up)'),
      /total_query.*pattern/,
    ],
    ['an objective of 0', d => (d.slos[0].objective = 0), /objective/],
    [
      'a service name with a colon',
      d => (d.service = 'component:default/x'),
      /service/,
    ],
    [
      'two SLI types',
      d => (d.slos[0].sli.raw = { error_ratio_query: 'x[{{.window}}]' }),
      /sli/,
    ],
    [
      'a misspelt key',
      d => (d.slos[0].alerting.page_alerts = {}),
      /additional/,
    ],
    ['an invalid label name', d => (d.labels['entity-ref'] = 'x'), /labels/],
  ])('spec: %s', (_, breakIt, where) => {
    const d = clone(out.documents[0]);
    expect(validateSpec(d)).toEqual([]);
    breakIt(d);
    expectRejected(validateSpec, d, where);
  });

  it.each<[string, (d: Doc) => void, RegExp]>([
    [
      'a zero budget share',
      d => (d.spec.page.quick.errorBudgetPercent = 0),
      /errorBudgetPercent/,
    ],
    ['a zero period', d => (d.spec.sloPeriod = '0d'), /sloPeriod/],
    ['the old version key', d => (d.version = 'alertWindows/v1'), /additional/],
  ])('alert windows: %s', (_, breakIt, where) => {
    const d = clone(out.alertWindows[0]);
    expect(alertWindows(d)).toEqual([]);
    breakIt(d);
    expectRejected(alertWindows, d, where);
  });
});

describe('Pyrra checks reject', () => {
  const validate = pyrraValidator({ dynamicBranch: true });
  const doc = exportPyrra({ specs: [spec] }).documents[0];

  it.each<[string, (d: Doc) => void, RegExp]>([
    [
      'a target as a ratio string with junk',
      d => (d.spec.target = '99.9%'),
      /target/,
    ],
    ['a target above 100', d => (d.spec.target = '100.5'), /target/],
    ['a target as a number', d => (d.spec.target = 99.9), /target.*string/],
    [
      'a window that is no duration',
      d => (d.spec.window = '30 days'),
      /window/,
    ],
    [
      'two indicators',
      d =>
        (d.spec.indicator.ratio = {
          errors: { metric: 'a' },
          total: { metric: 'b' },
        }),
      /indicator/,
    ],
    [
      'a latency success without le',
      d => (d.spec.indicator.latency.success.metric = 'x_bucket{job="a"}'),
      /success/,
    ],
    [
      'an unknown burn-rate type',
      d => (d.spec.alerting.burnRateType = 'fast'),
      /burnRateType/,
    ],
    [
      'a misspelt field (strict)',
      d => (d.spec.alerting.burnrate = true),
      /additional/,
    ],
  ])('%s', (_, breakIt, where) => {
    const d = clone(doc);
    expect(validate(d)).toEqual([]);
    breakIt(d);
    expectRejected(validate, d, where);
  });
});
