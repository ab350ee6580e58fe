import { mockErrorHandler } from '@backstage/backend-test-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';
import { componentEntity } from '../__testUtils__/entities';
import type { StoredSlo } from '../lifecycle/types';
import { DEFAULT_TELEMETRY_MAPPING } from '../telemetry/readTelemetryConfig';
import {
  mapEntityTelemetry,
  TelemetryMapping,
} from '../telemetry/metricMapping';
import { createAlertsRouter } from './alertsRouter';
import { checkRules, expectPromtoolOk } from './promtool';
import { buildAlertSpecs } from './specs/buildAlertSpecs';
import type { AlertSpecSource, EntitySloSpecs } from './specs/types';

const slo = (name: string, availability: number): StoredSlo => ({
  id: `slo-${name}`,
  entityRef: `component:default/${name}`,
  status: 'active',
  targets: { availability, latency_p99_ms: 250 },
  windowDays: 28,
  source: 'recommendation_accepted',
  activatedAt: new Date('2026-11-01T00:00:00Z'),
  activatedBy: 'user:default/alice',
});

function entitySpecs(name: string, owner: string, availability: number) {
  const s = slo(name, availability);
  const telemetry = mapEntityTelemetry(
    componentEntity(name),
    DEFAULT_TELEMETRY_MAPPING,
  ) as TelemetryMapping;
  const built = buildAlertSpecs({
    slo: s,
    telemetry,
    owner,
    burnRateType: 'static',
    minTrafficEvents: 0,
    buckets: [0.1, 0.25, 0.5],
  });
  return { entityRef: s.entityRef, slo: s, owner, telemetry, ...built };
}

const fleet: EntitySloSpecs[] = [
  entitySpecs('checkout', 'group:default/payments', 99.9),
  entitySpecs('search', 'group:default/discovery', 99.5),
];

const replayResult = {
  from: '2026-11-16T00:00:00.000Z',
  to: '2026-11-23T00:00:00.000Z',
  lookback_days: 7,
  step_seconds: 60,
  query_count: 20,
  slos: [],
  notes: ['replay note'],
};

function setup(deny = false, withReplay = true) {
  const replay = jest.fn(async () => replayResult);
  const specs: AlertSpecSource = {
    specsFor: async ref => {
      const found = fleet.find(e => e.entityRef === ref);
      if (!found) throw new NotFoundError(`${ref} has no active SLO`);
      return found;
    },
    specsForFleet: async (f = {}) =>
      fleet.filter(e => !f.owner || e.owner === f.owner),
  };
  const app = express()
    .use(
      createAlertsRouter({
        specs,
        authorizeRead: async () => {
          if (deny) throw new NotAllowedError('slo.read is denied');
        },
        ...(withReplay ? { replay: { replay } as never } : {}),
        now: () => new Date('2026-11-23T00:00:30Z'),
      }),
    )
    .use(mockErrorHandler());
  return Object.assign(app, { replay });
}

const groupNames = (text: string) =>
  (parse(text) as { groups: Array<{ name: string }> }).groups.map(g => g.name);

describe('GET …/slos/alerts', () => {
  it('serves a Prometheus rule file of the entity that promtool accepts', async () => {
    const res = await request(setup()).get(
      '/services/component/default/checkout/slos/alerts',
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(res.headers['x-slo-count']).toBe('2');
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(groupNames(res.text)).toEqual([
      'component-default-checkout-availability:recordings',
      'component-default-checkout-availability:alerts',
      'component-default-checkout-latency-p99:recordings',
      'component-default-checkout-latency-p99:alerts',
    ]);
    expectPromtoolOk(await checkRules(parse(res.text)), 'entity export');
  });

  it('offers the file as a download', async () => {
    const res = await request(setup()).get(
      '/services/component/default/checkout/slos/alerts?format=prometheus&download=true',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="component-default-checkout.rules.yaml"',
    );
  });

  it.each([
    ['prometheus-operator', ['monitoring.coreos.com/v1 PrometheusRule']],
    [
      'pyrra',
      [
        'pyrra.dev/v1alpha1 ServiceLevelObjective',
        'pyrra.dev/v1alpha1 ServiceLevelObjective',
      ],
    ],
    ['sloth', ['prometheus/v1 undefined']],
  ])('serves format=%s as YAML documents', async (format, kinds) => {
    const res = await request(setup()).get(
      `/services/component/default/checkout/slos/alerts?format=${format}&namespace=monitoring`,
    );
    expect(res.status).toBe(200);
    const docs = parseAllDocuments(res.text).map(d => d.toJS());
    expect(docs.map(d => `${d.apiVersion ?? d.version} ${d.kind}`)).toEqual(
      kinds,
    );
  });

  it('puts the rule groups into a PrometheusRule that promtool accepts', async () => {
    const res = await request(setup()).get(
      '/services/component/default/checkout/slos/alerts?format=prometheus-operator&namespace=monitoring',
    );
    const [rule] = parseAllDocuments(res.text).map(d => d.toJS());
    expect(rule.metadata.namespace).toBe('monitoring');
    expectPromtoolOk(
      await checkRules({ groups: rule.spec.groups }),
      'PrometheusRule groups',
    );
  });

  it('serves OpenSLO v1 documents with a Service, SLIs, SLOs and alert policies', async () => {
    const res = await request(setup()).get(
      '/services/component/default/checkout/slos/alerts?format=openslo&download=true',
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="component-default-checkout.openslo.yaml"',
    );
    const kinds = parseAllDocuments(res.text).map(d => d.toJS().kind);
    expect(kinds.filter(k => k === 'Service')).toHaveLength(1);
    expect(kinds.filter(k => k === 'SLO')).toHaveLength(2);
    expect(kinds.filter(k => k === 'SLI')).toHaveLength(2);
    expect(kinds.filter(k => k === 'AlertPolicy')).toHaveLength(8);
    expect(kinds.filter(k => k === 'AlertCondition')).toHaveLength(8);
  });

  it('appends the Sloth window catalogue of a 28-day SLO as a commented companion file', async () => {
    const res = await request(setup()).get(
      '/services/component/default/checkout/slos/alerts?format=sloth',
    );
    // Sloth's built-in windows are 30 days; 28 needs its AlertWindows file.
    expect(res.text).toMatch(/\n# ---- .*AlertWindows|\n# ---- .*windows/i);
    expect(res.text).toMatch(/\n# kind: AlertWindows/);
  });

  it.each([
    ['format=nagios', /format/],
    ['namespace=Monitoring', /namespace/],
    ['download=yes', /download/],
    ['team=x', /Unrecognized key/],
  ])('refuses ?%s with 400', async (query, message) => {
    const res = await request(setup()).get(
      `/services/component/default/checkout/slos/alerts?${query}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 404 without an active SLO and 403 without read permission', async () => {
    const missing = await request(setup()).get(
      '/services/component/default/ledger/slos/alerts',
    );
    expect(missing.status).toBe(404);
    const denied = await request(setup(true)).get(
      '/services/component/default/checkout/slos/alerts',
    );
    expect(denied.status).toBe(403);
  });
});

describe('GET /slos/alerts (fleet)', () => {
  it('puts every active SLO of a team in one file', async () => {
    const all = await request(setup()).get('/slos/alerts');
    expect(all.headers['x-slo-count']).toBe('4');
    const team = await request(setup()).get(
      '/slos/alerts?owner=group:default/payments&download=true',
    );
    expect(team.status).toBe(200);
    expect(groupNames(team.text)).toHaveLength(4);
    expect(team.text).not.toContain('search');
    expect(team.headers['content-disposition']).toBe(
      'attachment; filename="group-default-payments.rules.yaml"',
    );
  });

  it('reads a short owner as a group and refuses what is not a ref', async () => {
    const short = await request(setup()).get('/slos/alerts?owner=payments');
    expect(short.headers['x-slo-count']).toBe('2');
    const res = await request(setup()).get('/slos/alerts?owner=group:');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/owner.*not an entity ref/);
  });

  it('answers 404 when no active SLO matches the filter', async () => {
    const res = await request(setup()).get(
      '/slos/alerts?owner=group:default/nobody',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'No active SLO with alert rules matches group:default/nobody',
    );
  });
});

describe('GET …/slos/alerts/overview', () => {
  it('lists static and dynamic thresholds of each pair side by side', async () => {
    const res = await request(setup()).get(
      '/services/component/default/checkout/slos/alerts/overview',
    );
    expect(res.status).toBe(200);
    const availability = res.body.slis[0];
    expect(availability).toMatchObject({
      sli: 'availability',
      objective: 0.999,
      window_days: 28,
      burn_rate_type: 'static',
      window_source: 'pyrra-28d',
    });
    // 28 days (Pyrra): factors 14, 7, 2, 1 on a 0.1% budget; dynamic
    // thresholds are the budget shares 1/48, 1/16, 1/14, 1/7 of 0.1%.
    const row = (p: { long_window: string; threshold: number }) => [
      p.long_window,
      Number(p.threshold.toPrecision(6)),
    ];
    expect(availability.pairs.static.map(row)).toEqual([
      ['1h', 0.014],
      ['6h', 0.007],
      ['1d', 0.002],
      ['4d', 0.001],
    ]);
    expect(availability.pairs.dynamic.map(row)).toEqual([
      ['1h', 0.0000208333],
      ['6h', 0.0000625],
      ['1d', 0.0000714286],
      ['4d', 0.000142857],
    ]);
    expect(res.body.slis[1]).toMatchObject({
      sli: 'latency_p99_ms',
      objective: 0.99,
      bucket_used: 0.25,
    });
    expect(res.body.export_formats).toContain('prometheus');
  });
});

describe('GET …/slos/alert-replay', () => {
  it('replays the specs of the active SLO over lookback_days', async () => {
    const app = setup();
    const res = await request(app).get(
      '/services/component/default/checkout/slos/alert-replay?lookback_days=14',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entity_ref: 'component:default/checkout',
      slo_id: 'slo-checkout',
      step_seconds: 60,
      notes: ['replay note'],
    });
    expect(app.replay).toHaveBeenCalledWith({
      specs: fleet[0].specs.map(s => s.spec),
      lookbackDays: 14,
      now: new Date('2026-11-23T00:00:30Z'),
    });
  });

  it.each([['lookback_days=31'], ['lookback_days=0'], ['days=7']])(
    'refuses ?%s with 400',
    async query => {
      const res = await request(setup()).get(
        `/services/component/default/checkout/slos/alert-replay?${query}`,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/lookback_days/);
    },
  );

  it('answers 503 naming the missing config without Prometheus', async () => {
    const res = await request(setup(false, false)).get(
      '/services/component/default/checkout/slos/alert-replay',
    );
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/slo.prometheus.baseUrl/);
  });
});
