import { generateAlertRules } from '@slo-engine/plugin-slo-common';
import { Traffic, firstFiring, simulate } from './burnModel';
import { expectPromtoolOk, testRules } from './promtool';
import { burnTestGroup, withoutAnnotations } from './scenarios';
import { fixtureSpec } from './specFixtures';

/**
 * The two situations that motivate dynamic burn rates, on a 30-day 99.9 %
 * ratio SLO (budget: 0.1 % of the events of the last 30 days).
 *
 * Both start with one counter jump of 43,200,000 requests at t = 1m: the
 * rest of the 30-day window (1,000 req/min on average) compressed into one
 * scrape. Only the 30-day event count sees it; the 1h to 3d windows used
 * below start after it, except where said.
 */

const HISTORY = 43_200_000;
const STEP = 60;

function traffic(
  steps: number,
  rate: (i: number) => { events: number; bad: number },
): Traffic {
  const events: number[] = [0];
  const bad: number[] = [0];
  for (let i = 1; i < steps; i++) {
    const r = rate(i);
    events.push(i === 1 ? HISTORY : r.events);
    bad.push(i === 1 ? 0 : r.bad);
  }
  return { stepSeconds: STEP, gauge: false, events, bad };
}

const minute = (text: string) => {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(text)!;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
};

async function runScenario(
  type: 'static' | 'dynamic',
  t: Traffic,
  exprTests: Array<{ expr: string; eval_time: string; value: number }>,
) {
  const spec = fixtureSpec('ratio', 30, type);
  const rules = generateAlertRules(spec);
  const timelines = simulate(spec, rules, t);
  const group = {
    ...burnTestGroup(`motivating ${type}`, spec, rules, t, timelines),
    promql_expr_test: exprTests.map(e => ({
      expr: e.expr,
      eval_time: e.eval_time,
      exp_samples: [
        {
          labels: `${e.expr}{slo="${spec.sloName}"}`,
          value: e.value,
        },
      ],
    })),
  };
  const result = await testRules(withoutAnnotations(rules.ruleFile), {
    evaluation_interval: '1m',
    tests: [group],
  });
  expectPromtoolOk(result, 'test rules');
  return timelines;
}

describe('low-traffic night: a handful of errors', () => {
  // 10 req/min from t = 1m; from 2h on one error every 5 minutes (2h05,
  // 2h10, …: 2 % of the traffic) until 4h.
  const night = traffic(4 * 60 + 1, i => ({
    events: 10,
    bad: i > 120 && i % 5 === 0 ? 1 : 0,
  }));

  it('pages with static burn rates after 9 errors, 0.02 % of the budget', async () => {
    // At 2h45m the 1h window (1h45m, 2h45m] holds 9 errors in 600 requests:
    // 1.5 % > 14.4 × 0.1 % = 1.44 % (8 errors, 1.33 %, at 2h44m is below),
    // and every 5m window holds 1 error in 50 requests: 2 %. Pending at
    // 2h45m, firing after `for: 2m` at 2h47m. Budget: 0.1 % of
    // 43,201,660 requests = 43,201.66 errors, of which 9 is 0.021 %.
    const timelines = await runScenario('static', night, [
      { expr: 'slo:sli_error:ratio1h', eval_time: '2h47m', value: 0.015 },
      { expr: 'slo:sli_error:ratio5m', eval_time: '2h47m', value: 0.02 },
    ]);
    expect(firstFiring(timelines[0])).toBe(minute('2h47m'));
    // the 6h, 1d and 3d windows still contain the compressed history
    expect(timelines.slice(1).map(firstFiring)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  }, 60_000);

  it('stays silent with dynamic burn rates', async () => {
    // Dynamic 1h threshold at 2h47m: (N_30d / N_1h) × 2 % × 0.1 %
    // = (43,201,660 / 600) × 0.00002 = 1.44006: the error ratio would have
    // to exceed 144 %, i.e. 864 errors (2 % of the budget) within the hour.
    const timelines = await runScenario('dynamic', night, [
      {
        expr: 'slo:sli_total:increase30d',
        eval_time: '2h47m',
        value: 43_201_660,
      },
      { expr: 'slo:sli_total:increase1h', eval_time: '2h47m', value: 600 },
      { expr: 'slo:sli_error:ratio1h', eval_time: '2h47m', value: 0.015 },
    ]);
    expect(timelines.map(firstFiring)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  }, 60_000);
});

describe('high-traffic peak: the budget burns under the static threshold', () => {
  // 1,000 req/min without errors until 7h, then a peak of 5,000 req/min
  // with 1 % errors (50/min) until 9h, then 1,000 req/min again until 10h.
  const peak = traffic(10 * 60 + 1, i =>
    i > 420 && i <= 540 ? { events: 5000, bad: 50 } : { events: 1000, bad: 0 },
  );

  it('dynamic pages 18 minutes into the peak, once 2 % of the budget is spent', async () => {
    // x minutes into the peak, the 1h window holds 50x errors and the
    // 30-day window 43,200,000 + 419 × 1,000 + 5,000x requests. The 1h pair
    // fires once 50x > 2 % × 0.1 % × N_30d = 872.38 + 0.1x, i.e. x > 17.5:
    // pending at 7h18m, firing at 7h20m. At 7h18m the 1h window holds
    // 42 × 1,000 + 18 × 5,000 = 132,000 requests and 900 errors (0.68 %);
    // the threshold is (43,709,000 / 132,000) × 0.00002 = 0.66 %.
    const timelines = await runScenario('dynamic', peak, [
      { expr: 'slo:sli_total:increase1h', eval_time: '7h18m', value: 132_000 },
      { expr: 'slo:sli_errors:increase1h', eval_time: '7h18m', value: 900 },
      {
        expr: 'slo:sli_total:increase30d',
        eval_time: '7h18m',
        value: 43_709_000,
      },
    ]);
    expect(firstFiring(timelines[0])).toBe(minute('7h20m'));
  }, 60_000);

  it('static never pages on the 1h pair and pages on the 6h pair 79 minutes later', async () => {
    // The error ratio never exceeds 1 % < 1.44 %: the 1h/5m pair stays
    // silent. The 6h window (6h × 1,000 req/min before the peak) crosses
    // 6 × 0.1 % = 0.6 % once 50x > 0.006 × (360,000 + 4,000x), x > 83.1:
    // pending at 8h24m, firing after `for: 15m` at 8h39m, when 99 × 50 =
    // 4,950 errors (11 % of the budget) are spent.
    const timelines = await runScenario('static', peak, [
      { expr: 'slo:sli_error:ratio1h', eval_time: '8h', value: 0.01 },
    ]);
    expect(firstFiring(timelines[0])).toBeUndefined();
    expect(firstFiring(timelines[1])).toBe(minute('8h39m'));
  }, 60_000);
});
