import { generateAlertRules } from '@slo-engine/plugin-slo-common';
import { checkRules, expectPromtoolOk } from './promtool';
import { fixtureSpec, kinds } from './specFixtures';

describe('promtool check rules', () => {
  const cases = kinds.flatMap(kind =>
    [28, 30, 7].flatMap(days =>
      (['static', 'dynamic'] as const).map(type => [kind, days, type] as const),
    ),
  );

  it.each(cases)('%s, %s days, %s burn rates', async (kind, days, type) => {
    const { ruleFile } = generateAlertRules(
      fixtureSpec(kind, days, type, { minTrafficEvents: 100 }),
    );
    const result = await checkRules(ruleFile);
    expectPromtoolOk(result, 'check rules');
    expect(result.stdout).toMatch(/SUCCESS: \d+ rules found/);
  });
});
