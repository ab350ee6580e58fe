import { InputError, NotFoundError } from '@backstage/errors';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  ALICE,
  CART,
  CHECKOUT,
  INVENTORY,
  PAYMENTS,
  setupSla,
} from './__testUtils__/slaFixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

/*
 * Hand-checked figures (clock 2026-11-21T06:00Z; Nov 1–20 are finished,
 * 20 of 30 days elapsed):
 *
 * checkout, target 99.5 (annotation)
 *   Oct: 30 × 9,960/10,000 = 298,800/300,000 = 99.6% ≥ 99.5 → met;
 *        30 of 31 days with data → coverage 96.774194%.
 *   Nov: 19 × 9,960 + 9,860 = 199,100/200,000 = 99.55% ≥ 99.5, but
 *        900 bad of a 0.5% × 200,000 = 1,000 budget is 90% spent (≥ 80%)
 *        → at_risk, deficit 0. Best case: (199,100 + 100,000) / 300,000
 *        = 99.7% ≥ 99.5, so not failed. The Nov 21 bucket is not counted.
 * payments, target 99.9 (API, over its 99.0 annotation)
 *   Oct: 31 × 998/1,000 = 30,938/31,000 = 99.8% < 99.9 → failed, 0.1 pp.
 *   Nov: 20 × 998/1,000 = 19,960/20,000 = 99.8%; best case
 *        (19,960 + 10,000) / 30,000 = 99.8667% < 99.9 → failed, 0.1 pp.
 * inventory, target 99.0 (annotation), no data → met, actual null.
 */
const checkoutNov = {
  month: '2026-11',
  target_percent: 99.5,
  actual_percent: 99.55,
  good: 199_100,
  total: 200_000,
  status: 'at_risk',
  deficit_pp: 0,
  final: false,
  days_with_data: 20,
  days_elapsed: 20,
  data_coverage_percent: 100,
};
const checkoutOct = {
  month: '2026-10',
  target_percent: 99.5,
  actual_percent: 99.6,
  good: 298_800,
  total: 300_000,
  status: 'met',
  deficit_pp: 0,
  final: true,
  days_with_data: 30,
  days_elapsed: 31,
  data_coverage_percent: 96.774194,
};
const paymentsNov = {
  month: '2026-11',
  target_percent: 99.9,
  actual_percent: 99.8,
  good: 19_960,
  total: 20_000,
  status: 'failed',
  deficit_pp: 0.1,
  final: false,
  days_with_data: 20,
  days_elapsed: 20,
  data_coverage_percent: 100,
};
const paymentsOct = {
  ...paymentsNov,
  month: '2026-10',
  good: 30_938,
  total: 31_000,
  final: true,
  days_with_data: 31,
  days_elapsed: 31,
};
const noData = (month: string, days: number, final: boolean) => ({
  month,
  target_percent: 99,
  actual_percent: null,
  good: 0,
  total: 0,
  status: 'met',
  deficit_pp: 0,
  final,
  days_with_data: 0,
  days_elapsed: days,
  data_coverage_percent: 0,
});

describe.each(databases.eachSupportedId())('SlaReportService (%s)', id => {
  async function setup(dailyRetentionDays?: number) {
    const sla = await setupSla(databases, id, { dailyRetentionDays });
    await sla.targets.set(PAYMENTS, { target_percent: 99.9 }, ALICE);
    return sla;
  }

  it('reports an entity month by month, open month first, with hand-checked figures', async () => {
    const { reports } = await setup();
    expect(await reports.entityReport(CHECKOUT, { months: 1 })).toEqual({
      service_id: CHECKOUT,
      target_percent: 99.5,
      target_source: 'annotation',
      generated_at: '2026-11-21T06:00:00.000Z',
      months: [checkoutNov, checkoutOct],
    });
    const payments = await reports.entityReport(PAYMENTS, { months: 1 });
    expect(payments.target_source).toBe('api');
    expect(payments.months).toEqual([paymentsNov, paymentsOct]);
  });

  it('goes back as many closed months as asked, within the daily retention', async () => {
    const { reports } = await setup();
    const year = await reports.entityReport(CHECKOUT, { months: 12 });
    expect(year.months.map(m => m.month)).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
    ]);
    // Sep 2026 had no traffic: met, nothing measured.
    expect(year.months[2]).toMatchObject({
      status: 'met',
      actual_percent: null,
      days_elapsed: 30,
      data_coverage_percent: 0,
    });
    // 365 days before the clock is 2025-11-21: Oct 2025 ended before it.
    const all = await reports.entityReport(CHECKOUT, { months: 24 });
    expect(all.months).toHaveLength(13);

    const { reports: short } = await setup(40);
    const months = (await short.entityReport(CHECKOUT, { months: 6 })).months;
    expect(months.map(m => m.month)).toEqual(['2026-11', '2026-10']);
  });

  it('refuses entities without a target with how to declare one, and unknown ones', async () => {
    const { reports } = await setup();
    await expect(reports.entityReport(CART, { months: 1 })).rejects.toThrow(
      new NotFoundError(
        'component:default/cart has no SLA target: declare one with annotation ' +
          'slo-engine.io/sla-target or PUT /services/component/default/cart/sla',
      ),
    );
    await expect(
      reports.entityReport('component:default/search', { months: 1 }),
    ).rejects.toThrow(
      'component:default/search has no valid SLA target: annotation slo-engine.io/sla-target: ' +
        '"high" is not a percentage such as 99.5; fix the annotation or PUT /services/component/default/search/sla',
    );
    await expect(
      reports.entityReport('component:default/nope', { months: 1 }),
    ).rejects.toThrow(NotFoundError);
  });

  it('summarises the fleet per month with per-entity rows and lists what it skipped', async () => {
    const { reports } = await setup();
    const report = await reports.fleetReport({ months: 1 });
    expect(report.filters).toEqual({ owner: null, system: null });
    expect(report.months.map(m => [m.month, m.final, m.summary])).toEqual([
      [
        '2026-11',
        false,
        {
          entities: 3,
          compliant: 1,
          at_risk: 1,
          failed: 1,
          compliance_percent: 33.333333,
        },
      ],
      [
        '2026-10',
        true,
        {
          entities: 3,
          compliant: 2,
          at_risk: 0,
          failed: 1,
          compliance_percent: 66.666667,
        },
      ],
    ]);
    expect(report.months[0].entities).toEqual([
      {
        service_id: CHECKOUT,
        owner: 'group:default/team-a',
        system: 'system:default/shop',
        target_source: 'annotation',
        ...checkoutNov,
      },
      {
        service_id: INVENTORY,
        owner: 'group:default/team-a',
        system: 'system:default/warehouse',
        target_source: 'annotation',
        ...noData('2026-11', 20, false),
      },
      {
        service_id: PAYMENTS,
        owner: 'group:default/team-b',
        system: 'system:default/shop',
        target_source: 'api',
        ...paymentsNov,
      },
    ]);
    expect(report.months[1].entities.map(e => e.status)).toEqual([
      'met',
      'met',
      'failed',
    ]);
    expect(report.skipped).toEqual([
      {
        service_id: 'component:default/search',
        reason:
          'annotation slo-engine.io/sla-target: "high" is not a percentage such as 99.5',
      },
      {
        service_id: 'system:default/shop',
        reason:
          'not known to the SLO engine: only catalog components and resources are',
      },
    ]);
  });

  it.each([
    [
      { owner: 'group:default/team-a' },
      [CHECKOUT, INVENTORY],
      {
        entities: 2,
        compliant: 1,
        at_risk: 1,
        failed: 0,
        compliance_percent: 50,
      },
    ],
    [
      { system: 'system:default/shop' },
      [CHECKOUT, PAYMENTS],
      {
        entities: 2,
        compliant: 0,
        at_risk: 1,
        failed: 1,
        compliance_percent: 0,
      },
    ],
    [
      { owner: 'group:default/team-b', system: 'system:default/shop' },
      [PAYMENTS],
      {
        entities: 1,
        compliant: 0,
        at_risk: 0,
        failed: 1,
        compliance_percent: 0,
      },
    ],
    [
      { owner: 'group:default/nobody' },
      [],
      {
        entities: 0,
        compliant: 0,
        at_risk: 0,
        failed: 0,
        compliance_percent: 100,
      },
    ],
  ])('filters the fleet by %j', async (filter, refs, summary) => {
    const { reports } = await setup();
    const report = await reports.fleetReport({ months: 0, ...filter });
    expect(report.months).toHaveLength(1);
    expect(report.months[0].entities.map(e => e.service_id)).toEqual(refs);
    expect(report.months[0].summary).toEqual(summary);
    // Left-out entities of other owners or systems are not "skipped".
    expect(report.skipped.map(s => s.service_id)).not.toContain(
      'system:default/shop',
    );
  });

  it('reports a chosen closed month, and refuses future months and months past retention', async () => {
    const { reports } = await setup();
    const oct = await reports.fleetReport({ month: '2026-10', months: 0 });
    expect(oct.months.map(m => [m.month, m.summary.compliant])).toEqual([
      ['2026-10', 2],
    ]);
    await expect(
      reports.fleetReport({ month: '2026-12', months: 0 }),
    ).rejects.toThrow(
      new InputError(
        'Invalid query: month: 2026-12 has not started yet; the current month is 2026-11',
      ),
    );
    await expect(
      reports.fleetReport({ month: '2025-10', months: 0 }),
    ).rejects.toThrow(
      'Invalid query: month: 2025-10 is older than the daily SLI retention (365 days); ' +
        'the oldest month with data is 2025-11',
    );
  });
});
