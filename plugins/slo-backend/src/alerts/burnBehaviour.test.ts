import {
  type AlertIndicator,
  type BurnRateType,
  generateAlertRules,
} from '@slo-engine/plugin-slo-common';
import { Traffic, firstFiring, simulate } from './burnModel';
import { expectPromtoolOk, testRules } from './promtool';
import { PROBES, burnTestGroup, withoutAnnotations } from './scenarios';
import { fixtureSpec } from './specFixtures';

/**
 * For each indicator kind, window and burn-rate type, and for each window
 * pair: clean traffic for one long window, then a steady error ratio of
 * 1.5 × the pair's static threshold (below the next faster pair's), which
 * stops two steps after the pair fires. promtool must fire and resolve every
 * pair exactly when the reference model (burnModel.ts) says.
 */

const REQUESTS_PER_STEP = 1000;
/**
 * Input and evaluation step per pair: as coarse as the pair allows (its
 * short window and `for:` stay whole steps), which keeps promtool fast.
 */
const STEP_BY_PAIR = [60, 300, 1800, 3600];

/** Static ratio SLOs: first firing time of the pair under test (hand-computed). */
const EXPECTED_FIRST_FIRING: Record<number, string[]> = {
  // warm-up L, errors cross the threshold after 2L/3, then one step, then for:
  // 1h: 60m + 40m + 1m + 2m; 6h: 6h + 4h + 5m + 15m; 1d: 24h + 16h + 30m + 1h;
  // 4d: 96h + 64h + 1h + 3h
  28: ['1h43m', '10h20m', '1d17h30m', '6d20h'],
  // 3d: 72h + 48h + 1h + 3h
  30: ['1h43m', '10h20m', '1d17h30m', '5d4h'],
};

function scenario(
  kind: AlertIndicator['kind'],
  windowDays: number,
  type: BurnRateType,
  pairIndex: number,
) {
  const spec = fixtureSpec(kind, windowDays, type);
  const rules = generateAlertRules(spec);
  const pair = rules.metadata.pairs[pairIndex];
  const step = STEP_BY_PAIR[pairIndex];
  const gauge = kind === 'boolean-gauge';
  const perStep = gauge ? PROBES : REQUESTS_PER_STEP;
  const staticThreshold = pair.factor * (1 - spec.objective);
  const badPerStep = gauge
    ? Math.min(PROBES, Math.round(1.5 * staticThreshold * PROBES))
    : Number((1.5 * staticThreshold * REQUESTS_PER_STEP).toPrecision(12));
  const errorsFrom = pair.longSeconds / step;

  const build = (errorsUntil: number, steps: number): Traffic => ({
    stepSeconds: step,
    gauge,
    events: Array.from({ length: steps }, (_, i) =>
      i === 0 && !gauge ? 0 : perStep,
    ),
    bad: Array.from({ length: steps }, (_, i) =>
      i > errorsFrom && i <= errorsUntil ? badPerStep : 0,
    ),
  });
  // First pass with errors that never stop, to find when the pair fires.
  const probeSteps = Math.ceil((3 * pair.longSeconds) / step) + 10;
  const probe = simulate(spec, rules, build(probeSteps, probeSteps));
  const fires = firstFiring(probe[pairIndex]);
  if (fires === undefined) throw new Error('the pair never fires in the model');
  const errorsUntil = fires + 2;
  const steps = errorsUntil + Math.ceil(pair.shortSeconds / step) + 6;
  const traffic = build(errorsUntil, steps);
  const timelines = simulate(spec, rules, traffic);
  return {
    spec,
    rules,
    pair,
    traffic,
    timelines,
    step,
    errorsFrom,
    badPerStep,
    perStep,
  };
}

const kinds: AlertIndicator['kind'][] = [
  'ratio',
  'latency-classic',
  'boolean-gauge',
];
const cases = kinds.flatMap(kind =>
  [28, 30].flatMap(days =>
    (['static', 'dynamic'] as const).flatMap(type =>
      [0, 1, 2, 3].map(p => [kind, days, type, p] as const),
    ),
  ),
);

describe('reference model, static ratio SLOs', () => {
  it.each([28, 30].flatMap(days => [0, 1, 2, 3].map(p => [days, p] as const)))(
    '%s days, pair %s fires at the hand-computed time, once its budget share is spent',
    (days, p) => {
      const s = scenario('ratio', days, 'static', p);
      const fires = firstFiring(s.timelines[p])!;
      expect(fires * s.step).toBe(
        parsePromSeconds(EXPECTED_FIRST_FIRING[days][p]),
      );
      // Budget of the SLO window at this steady traffic, in bad events, and
      // the bad events inside the long window when the alert went pending.
      const budget =
        (1 - s.spec.objective) * s.perStep * ((days * 86400) / s.step);
      const pendingAt = fires - parsePromSeconds(s.pair.for) / s.step;
      const badInLong = (i: number) =>
        s.traffic.bad
          .slice(i - s.pair.longSeconds / s.step + 1, i + 1)
          .reduce((a, b) => a + b, 0);
      expect(badInLong(pendingAt) / budget).toBeGreaterThan(
        s.pair.budgetFraction,
      );
      expect(badInLong(pendingAt - 1) / budget).toBeLessThanOrEqual(
        s.pair.budgetFraction + 1e-12,
      );
    },
  );
});

describe('burn-rate alerts under promtool test rules', () => {
  it.each(cases)(
    '%s, %s days, %s: pair %s fires when its budget share is spent, then resolves',
    async (kind, days, type, p) => {
      const s = scenario(kind, days, type, p);
      const t = s.timelines[p];
      const fires = firstFiring(t)!;
      expect(fires).toBeGreaterThan(s.errorsFrom);
      // the pair under test resolves before the end
      expect(t.strict[t.strict.length - 1]).toBe(false);

      const group = burnTestGroup(
        `${kind} ${days}d ${type} ${s.pair.long}/${s.pair.short}`,
        s.spec,
        s.rules,
        s.traffic,
        s.timelines,
      );
      const result = await testRules(withoutAnnotations(s.rules.ruleFile), {
        evaluation_interval: `${s.step}s`,
        tests: [group],
      });
      expectPromtoolOk(result, 'test rules');
    },
    60_000,
  );
});

function parsePromSeconds(text: string): number {
  const units: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
  let total = 0;
  for (const m of text.matchAll(/(\d+)([dhms])/g))
    total += Number(m[1]) * units[m[2]];
  return total;
}
