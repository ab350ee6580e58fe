import { mockErrorHandler } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ALICE, PAYMENTS, setupSla } from './__testUtils__/slaFixtures';
import { createSlaRouter } from './slaRouter';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const PAYMENTS_SLA = '/services/component/default/payments/sla';
const CHECKOUT_REPORT = '/services/component/default/checkout/sla-report';

const STRICTER =
  "the SLA target 99.95% is stricter than the active SLO's availability target 99.9%: " +
  'the service can meet its SLO and still breach the SLA; an SLA is usually looser than the SLO';

describe.each(databases.eachSupportedId())('sla router (%s)', id => {
  type Sla = Awaited<ReturnType<typeof setupSla>>;

  function appFor(sla: Sla, deny: { decision?: boolean; read?: boolean } = {}) {
    const authorizeDecision = jest.fn(async () => {
      if (deny.decision) {
        throw new NotAllowedError('Missing permission slo.entity.decide');
      }
      return { userEntityRef: ALICE };
    });
    const authorizeRead = jest.fn(async () => {
      if (deny.read) throw new NotAllowedError('Missing permission slo.read');
    });
    const app = express()
      .use(
        createSlaRouter({
          targets: sla.targets,
          reports: sla.reports,
          authorizeDecision,
          authorizeRead,
        }),
      )
      .use(mockErrorHandler());
    return { app, sla, authorizeDecision };
  }

  async function setup(deny: { decision?: boolean; read?: boolean } = {}) {
    return appFor(await setupSla(databases, id), deny);
  }

  // Requests that change nothing share one database.
  let shared: Sla;
  beforeAll(async () => {
    shared = await setupSla(databases, id);
  });

  it('PUT overrides the annotation, warns when stricter than the SLO; DELETE falls back; GET shows the history', async () => {
    const { app, authorizeDecision } = await setup();
    const put = await request(app)
      .put('/services/Component/default/payments/sla')
      .send({ target_percent: 99.95, rationale: 'enterprise contract' });
    expect(put.status).toBe(200);
    expect(authorizeDecision).toHaveBeenCalledWith(expect.anything(), PAYMENTS);
    expect(put.body).toEqual({
      service_id: PAYMENTS,
      target_percent: 99.95,
      source: 'api',
      api: {
        target_percent: 99.95,
        set_by: ALICE,
        set_at: '2026-11-21T06:00:00.000Z',
        rationale: 'enterprise contract',
      },
      annotation: { target_percent: 99, issue: null },
      slo_availability_percent: 99.9,
      warnings: [STRICTER],
    });

    const looser = await request(app)
      .put(PAYMENTS_SLA)
      .send({ target_percent: 99.5 });
    expect(looser.body).toMatchObject({ target_percent: 99.5, warnings: [] });

    const removed = await request(app).delete(PAYMENTS_SLA);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({
      target_percent: 99,
      source: 'annotation',
      api: null,
    });
    const again = await request(app).delete(PAYMENTS_SLA);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe(
      'component:default/payments has no SLA target set through the API; ' +
        'an annotation target (slo-engine.io/sla-target) is changed in the catalog entity',
    );

    const get = await request(app).get(PAYMENTS_SLA);
    expect(get.status).toBe(200);
    expect(get.body.source).toBe('annotation');
    expect(
      get.body.history.map((h: any) => [
        h.action,
        h.target_percent,
        h.previous_target_percent,
        h.actor,
      ]),
    ).toEqual([
      ['delete', null, 99.5, ALICE],
      ['set', 99.5, 99.95, ALICE],
      ['set', 99.95, null, ALICE],
    ]);
  });

  it('GET says when an annotation is invalid and no target applies', async () => {
    const { app } = appFor(shared);
    const res = await request(app).get(
      '/services/component/default/search/sla',
    );
    expect(res.body).toEqual({
      service_id: 'component:default/search',
      target_percent: null,
      source: null,
      api: null,
      annotation: {
        target_percent: null,
        issue: '"high" is not a percentage such as 99.5',
      },
      slo_availability_percent: null,
      warnings: [
        'annotation slo-engine.io/sla-target is ignored: "high" is not a percentage such as 99.5',
      ],
      history: [],
    });
  });

  it('serves the entity report as JSON, as a JSON download and as RFC 4180 CSV', async () => {
    const { app } = appFor(shared);
    const json = await request(app).get(`${CHECKOUT_REPORT}?months=1`);
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toBeUndefined();
    expect(json.body.months.map((m: any) => [m.month, m.status])).toEqual([
      ['2026-11', 'at_risk'],
      ['2026-10', 'met'],
    ]);

    const download = await request(app).get(
      `${CHECKOUT_REPORT}?months=1&download=true`,
    );
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="sla-report-component-default-checkout-2026-11.json"',
    );
    expect(download.body).toEqual(json.body);

    const csv = await request(app).get(
      `${CHECKOUT_REPORT}?months=1&format=csv`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="sla-report-component-default-checkout-2026-11.csv"',
    );
    expect(csv.text).toBe(
      'service_id,target_source,month,target_percent,actual_percent,good,total,status,deficit_pp,final,days_with_data,days_elapsed,data_coverage_percent\r\n' +
        'component:default/checkout,annotation,2026-11,99.5,99.55,199100,200000,at_risk,0,false,20,20,100\r\n' +
        'component:default/checkout,annotation,2026-10,99.5,99.6,298800,300000,met,0,true,30,31,96.774194\r\n',
    );
  });

  it('serves the fleet report, filtered by a short owner ref, and its CSV tables', async () => {
    const { app } = await setup();
    await request(app).put(PAYMENTS_SLA).send({ target_percent: 99.9 });

    const team = await request(app).get('/sla-report?owner=team-a');
    expect(team.status).toBe(200);
    expect(team.body.filters).toEqual({
      owner: 'group:default/team-a',
      system: null,
    });
    expect(team.body.months[0].summary).toEqual({
      entities: 2,
      compliant: 1,
      at_risk: 1,
      failed: 0,
      compliance_percent: 50,
    });

    const summary = await request(app).get(
      '/sla-report?months=1&format=csv&table=summary',
    );
    expect(summary.headers['content-disposition']).toBe(
      'attachment; filename="sla-report-fleet-summary-2026-11.csv"',
    );
    expect(summary.text).toBe(
      'month,final,entities,compliant,at_risk,failed,compliance_percent\r\n' +
        '2026-11,false,3,1,1,1,33.333333\r\n' +
        '2026-10,true,3,2,0,1,66.666667\r\n',
    );

    const rows = await request(app).get(
      '/sla-report?month=2026-10&system=system:default/shop&format=csv',
    );
    expect(rows.headers['content-disposition']).toBe(
      'attachment; filename="sla-report-fleet-2026-10.csv"',
    );
    expect(rows.text).toBe(
      'month,service_id,owner,system,target_source,target_percent,actual_percent,good,total,status,deficit_pp,final,days_with_data,days_elapsed,data_coverage_percent\r\n' +
        '2026-10,component:default/checkout,group:default/team-a,system:default/shop,annotation,99.5,99.6,298800,300000,met,0,true,30,31,96.774194\r\n' +
        '2026-10,component:default/payments,group:default/team-b,system:default/shop,api,99.9,99.8,30938,31000,failed,0.1,true,31,31,100\r\n',
    );

    const download = await request(app).get('/sla-report?download=true');
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="sla-report-fleet-2026-11.json"',
    );
  });

  it.each([
    [
      'put',
      PAYMENTS_SLA,
      { target_percent: 100 },
      'Invalid body: target_percent: must be strictly between 0 and 100',
    ],
    [
      'put',
      PAYMENTS_SLA,
      { target_percent: 99.123456 },
      'Invalid body: target_percent: must have at most 5 decimals',
    ],
    [
      'put',
      PAYMENTS_SLA,
      { target_percent: '99.5' },
      'Invalid body: target_percent: must be a number (percent, e.g. 99.5)',
    ],
    [
      'put',
      PAYMENTS_SLA,
      {},
      'Invalid body: target_percent: is required (percent, e.g. 99.5)',
    ],
    [
      'put',
      PAYMENTS_SLA,
      { target_percent: 99.5, actor: 'user:default/mallory' },
      'Invalid body: actor: remove it, the actor is the signed-in user',
    ],
    [
      'put',
      PAYMENTS_SLA,
      { target_percent: 99.5, window_days: 30 },
      "Invalid body: (root): Unrecognized key(s) in object: 'window_days'",
    ],
    [
      'get',
      `${CHECKOUT_REPORT}?months=25`,
      undefined,
      'Invalid query: months: must be a whole number from 0 to 24',
    ],
    [
      'get',
      `${CHECKOUT_REPORT}?months=-1`,
      undefined,
      'Invalid query: months: must be a whole number from 0 to 24',
    ],
    [
      'get',
      `${CHECKOUT_REPORT}?format=xlsx`,
      undefined,
      'Invalid query: format: must be json or csv',
    ],
    [
      'get',
      `${CHECKOUT_REPORT}?download=yes`,
      undefined,
      'Invalid query: download: must be true or false',
    ],
    [
      'get',
      '/sla-report?month=2026-13',
      undefined,
      'Invalid query: month: must be a month as YYYY-MM, e.g. 2026-11',
    ],
    [
      'get',
      '/sla-report?month=2026-12',
      undefined,
      'Invalid query: month: 2026-12 has not started yet; the current month is 2026-11',
    ],
    [
      'get',
      '/sla-report?months=13',
      undefined,
      'Invalid query: months: must be a whole number from 0 to 12',
    ],
    [
      'get',
      '/sla-report?table=summary',
      undefined,
      'Invalid query: table: only applies to format=csv; the JSON report holds both tables',
    ],
    [
      'get',
      '/sla-report?owner=team-a&team=team-b',
      undefined,
      'Invalid query: team: is an alias of owner: give one of them',
    ],
    [
      'get',
      '/sla-report?system=:',
      undefined,
      'Invalid query: system: ":" is not an entity ref, e.g. system:default/name',
    ],
    [
      'get',
      '/sla-report?team_name=x',
      undefined,
      "Invalid query: (root): Unrecognized key(s) in object: 'team_name'",
    ],
  ])('%s %s %j: 400 %s', async (method, path, body, message) => {
    const { app } = appFor(shared);
    const res =
      method === 'put'
        ? await request(app).put(path).send(body)
        : await request(app).get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
  });

  const unknown =
    'component:default/nope is not known to the SLO engine: only catalog components and ' +
    'resources and services named in dependency data are; the catalog is read every 15 minutes by default';
  it.each([
    [
      '/services/component/default/cart/sla-report',
      'component:default/cart has no SLA target: declare one with annotation ' +
        'slo-engine.io/sla-target or PUT /services/component/default/cart/sla',
    ],
    ['/services/component/default/nope/sla-report', unknown],
    ['/services/component/default/nope/sla', unknown],
  ])('GET %s: 404 saying what to do', async (path, message) => {
    const { app } = appFor(shared);
    const res = await request(app).get(path);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(message);
  });

  it('PUT to an entity the engine does not know: 404, nothing stored', async () => {
    const { app, sla } = appFor(shared);
    const res = await request(app)
      .put('/services/component/default/nope/sla')
      .send({ target_percent: 99.5 });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(unknown);
    expect(await sla.knex('sla_targets').select()).toEqual([]);
    expect(await sla.knex('sla_target_history').select()).toEqual([]);
  });

  it('403 without the decide permission, and nothing changes', async () => {
    const { app, sla } = await setup({ decision: true });
    const put = await request(app)
      .put(PAYMENTS_SLA)
      .send({ target_percent: 99.5 });
    expect(put.status).toBe(403);
    expect(put.body.error.message).toBe('Missing permission slo.entity.decide');
    expect((await request(app).delete(PAYMENTS_SLA)).status).toBe(403);
    expect((await sla.targets.state(PAYMENTS)).source).toBe('annotation');
    expect(await sla.targets.history(PAYMENTS)).toEqual([]);
  });

  it.each([
    [PAYMENTS_SLA],
    [CHECKOUT_REPORT],
    [`${CHECKOUT_REPORT}?format=csv`],
    ['/sla-report'],
    ['/sla-report?format=csv'],
  ])('GET %s: 403 without the read permission', async path => {
    const { app } = appFor(shared, { read: true });
    const res = await request(app).get(path);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Missing permission slo.read');
  });
});
