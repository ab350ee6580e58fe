import { mockServices } from '@backstage/backend-test-utils';
import { Rng } from '@slo-engine/telemetry-generator';
import express from 'express';
import http from 'http';
import { AddressInfo } from 'net';
import { loadavg } from 'os';
import { Worker } from 'worker_threads';
import { SliAggregateStore } from '../src/aggregation/SliAggregateStore';
import { GraphStore } from '../src/graph/GraphStore';
import { ReadinessChecker } from '../src/health/ReadinessChecker';
import { TelemetryHealth } from '../src/health/TelemetryHealth';
import { RecommendationService } from '../src/recommendations/RecommendationService';
import { RecommendationStore } from '../src/recommendations/RecommendationStore';
import { createRouter } from '../src/router';
import { measure, Memory, percentiles, Percentiles } from './measure';
import {
  seedRecoFixture,
  silentLogger,
  withRecoDatabase,
} from './recoFixtures';

export interface ServeOptions {
  services: number;
  edges: number;
  days: number;
  clients: number;
  requests: number;
  generationRuns: number;
}

export interface ServeResult {
  options: ServeOptions;
  aggregates: number;
  warmMs: number;
  /** Size of one cached response body. */
  bodyBytes: number;
  /** Load average (1 min) when the retrieval run ended. */
  loadAverage: number;
  retrieval: Percentiles & {
    errors: number;
    statuses: Record<string, number>;
    wallMs: number;
    rps: number;
    /** Process CPU time (server and clients) per request. */
    cpuUsPerRequest: number;
    memory: Memory;
  };
  /**
   * The same clients against a bare `express()` route answering a constant
   * body of the same size: what this machine and harness allow at best.
   */
  floor: Percentiles & { rps: number; errors: number; cpuUsPerRequest: number };
  generation: Percentiles & {
    root: string;
    subgraphNodes: number;
    errors: number;
  };
}

/**
 * The load generator, in a worker thread so that the clients' CPU time is
 * not spent on the server's event loop: `clients` keep-alive connections
 * each send the next request of `paths` as soon as their last one answered.
 */
const CLIENT_WORKER = `
const http = require('http');
const { parentPort, workerData } = require('worker_threads');
const { base, paths, clients } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const latencies = [];
const statuses = {};
let errors = 0;
let next = 0;
function get(path) {
  return new Promise((resolve, reject) => {
    const req = http.get(base + path, { agent }, res => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30000, () => req.destroy(new Error('timeout')));
  });
}
async function client() {
  while (next < paths.length) {
    const path = paths[next++];
    const t0 = performance.now();
    let status;
    try {
      status = String(await get(path));
    } catch (e) {
      status = 'network';
    }
    latencies.push(performance.now() - t0);
    statuses[status] = (statuses[status] || 0) + 1;
    if (status !== '200') errors++;
  }
}
Promise.all(Array.from({ length: clients }, client)).then(() => {
  agent.destroy();
  parentPort.postMessage({ latencies, statuses, errors });
});
`;

interface ClientRun {
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
}

function driveClients(
  base: string,
  paths: string[],
  clients: number,
): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT_WORKER, {
      eval: true,
      workerData: { base, paths, clients },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', code => {
      if (code !== 0) reject(new Error(`client worker exited with ${code}`));
    });
  });
}

interface Reply {
  status: number;
  body: string;
}

function get(agent: http.Agent, base: string, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { agent }, res => {
      const chunks: Buffer[] = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('request timed out')));
  });
}

/** Serves `body` on every path from a bare Express app; for the floor run. */
async function floorServer(body: string) {
  const server = http.createServer(
    express().get(
      '/services/:kind/:namespace/:name/slo-recommendations',
      (_req, res) => {
        res.set('Content-Type', 'application/json; charset=utf-8');
        res.send(body);
      },
    ),
  );
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise(r => server.close(r));
    },
  };
}

/** Drives the clients and measures latency, wall time and process CPU. */
async function clientRun(base: string, paths: string[], clients: number) {
  const cpu0 = process.cpuUsage();
  const run = await measure(() => driveClients(base, paths, clients));
  const cpu = process.cpuUsage(cpu0);
  const { latencies } = run.result;
  return {
    ...run,
    rps: latencies.length / (run.ms / 1000),
    cpuUsPerRequest: (cpu.user + cpu.system) / latencies.length,
  };
}

const pathOf = (ref: string, force = false) => {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return `/services/${kind}/${namespace}/${name}/slo-recommendations${
    force ? '?force_regenerate=true' : ''
  }`;
};

/**
 * Serves the real plugin router on a loopback port over a fresh PostgreSQL
 * database, seeds a graph and daily aggregates, warms the cache once per
 * entity, then measures cached retrieval under concurrent keep-alive
 * clients and forced regeneration of one entity with a 3-hop graph.
 */
export async function recoServeBench(
  options: ServeOptions,
): Promise<ServeResult> {
  return withRecoDatabase(async (database, knex) => {
    const graphStore = await GraphStore.create({ database });
    const aggregates = await SliAggregateStore.create({ database });
    const store = await RecommendationStore.create({ database });
    // As the plugin wires it; no Prometheus here, the aggregates are fresh.
    const telemetry = new TelemetryHealth({
      db: knex,
      maxAgeMs: 2 * 3_600_000,
      logger: silentLogger,
    });
    const recommendations = new RecommendationService({
      store,
      graph: graphStore,
      aggregates,
      logger: silentLogger,
      telemetry,
    });
    const fixture = await seedRecoFixture({
      graph: graphStore,
      aggregates,
      services: options.services,
      edges: options.edges,
      days: options.days,
      now: new Date(),
    });
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions(),
      readiness: new ReadinessChecker(knex, undefined, [], telemetry),
      graphStore,
      recommendations,
    });
    const server = http.createServer(express().use(router));
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const agent = new http.Agent({
      keepAlive: true,
      maxSockets: options.clients,
    });
    try {
      // Warm: one generation per entity, sequentially.
      const warmStart = performance.now();
      for (const ref of fixture.refs) {
        const r = await get(agent, base, pathOf(ref));
        if (r.status !== 200) {
          throw new Error(`warm-up of ${ref}: ${r.status} ${r.body}`);
        }
      }
      const warmMs = performance.now() - warmStart;

      // Cached retrieval under concurrent clients.
      const rng = new Rng(11);
      const targets = Array.from(
        { length: options.requests },
        () => fixture.refs[Math.floor(rng.next() * fixture.refs.length)],
      );
      const paths = targets.map(ref => pathOf(ref));
      const run = await clientRun(base, paths, options.clients);
      const { latencies, statuses, errors } = run.result;
      const loadAverage = loadavg()[0];

      // The same load against a bare Express route with a body as large.
      const sample = await get(agent, base, pathOf(fixture.refs[0]));
      const bare = await floorServer(sample.body);
      let floorRun: Awaited<ReturnType<typeof clientRun>>;
      try {
        floorRun = await clientRun(bare.base, paths, options.clients);
      } finally {
        await bare.close();
      }

      // Forced regeneration of the root with the largest 3-hop subgraph.
      const model = await graphStore.model();
      let root = fixture.refs[0];
      let subgraphNodes = 0;
      for (const ref of fixture.refs) {
        const n = model.subgraph(ref, {
          direction: 'downstream',
          depth: 3,
          includeExternal: true,
          includeStale: false,
        }).nodes.length;
        if (n > subgraphNodes) {
          subgraphNodes = n;
          root = ref;
        }
      }
      const generation: number[] = [];
      let generationErrors = 0;
      for (let i = 0; i < options.generationRuns; i++) {
        const t0 = performance.now();
        const r = await get(agent, base, pathOf(root, true));
        generation.push(performance.now() - t0);
        const body = r.status === 200 ? JSON.parse(r.body) : undefined;
        if (!body || body.stale) generationErrors++;
      }

      return {
        options,
        aggregates: fixture.aggregates,
        warmMs,
        bodyBytes: Buffer.byteLength(sample.body),
        loadAverage,
        retrieval: {
          ...percentiles(latencies),
          errors,
          statuses,
          wallMs: run.ms,
          rps: run.rps,
          cpuUsPerRequest: run.cpuUsPerRequest,
          memory: run.memory,
        },
        floor: {
          ...percentiles(floorRun.result.latencies),
          rps: floorRun.rps,
          errors: floorRun.result.errors,
          cpuUsPerRequest: floorRun.cpuUsPerRequest,
        },
        generation: {
          ...percentiles(generation),
          root,
          subgraphNodes,
          errors: generationErrors,
        },
      };
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise(r => server.close(r));
    }
  });
}
