import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { demoFleet } from './demoFleet';

interface Entity {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: Record<string, any>;
}

const EXAMPLES = resolve(__dirname, '../../../examples');
const load = (file: string): Entity[] =>
  parseAllDocuments(readFileSync(resolve(EXAMPLES, file), 'utf8')).map(d =>
    d.toJS(),
  );

const components = load('components.yaml');
const resources = load('resources.yaml');
const apis = load('apis.yaml');
const fleet = demoFleet();
const A = 'slo-engine.io/';

/** `cart` or `component:cart` or `component:default/cart` -> full ref. */
function ref(text: string, defaultKind: string): string {
  const [kindPart, rest] = text.includes(':')
    ? text.split(':')
    : [defaultKind, text];
  return `${kindPart.toLowerCase()}:${
    rest.includes('/') ? rest : `default/${rest}`
  }`;
}

describe('examples/ catalog', () => {
  it('is a Location listing every file, all valid entities', () => {
    const [location] = load('all.yaml');
    expect(location.kind).toBe('Location');
    const targets: string[] = location.spec.targets;
    expect(targets.sort()).toEqual([
      './apis.yaml',
      './components.yaml',
      './org.yaml',
      './resources.yaml',
      './systems.yaml',
    ]);
    for (const target of targets) {
      for (const e of load(target)) {
        expect(e.apiVersion).toBe('backstage.io/v1alpha1');
        expect(e.metadata.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
    expect(
      components.length + apis.length + resources.length,
    ).toBeGreaterThanOrEqual(22);
  });

  it('gives every component a lifecycle, a group owner and a known system', () => {
    const groups = new Set(
      load('org.yaml')
        .filter(e => e.kind === 'Group')
        .map(e => e.metadata.name),
    );
    const systems = new Set(
      load('systems.yaml')
        .filter(e => e.kind === 'System')
        .map(e => e.metadata.name),
    );
    expect(groups.size).toBe(5); // four teams + sre-admins
    expect(systems.size).toBe(3);
    for (const c of components) {
      expect(c.spec).toMatchObject({ lifecycle: expect.any(String) });
      expect(groups.has(c.spec.owner)).toBe(true);
      expect(systems.has(c.spec.system)).toBe(true);
    }
    const guest = load('org.yaml').find(
      e => e.kind === 'User' && e.metadata.name === 'guest',
    );
    expect(guest?.spec.memberOf).toEqual(['team-storefront']);
  });
});

describe('demoFleet', () => {
  const byRef = new Map(fleet.services.map(s => [s.entityRef!, s]));
  const byName = new Map(fleet.services.map(s => [s.name, s]));

  it('has exactly one service per component and per resource of examples/', () => {
    const refs = [
      ...components.map(c => `component:default/${c.metadata.name}`),
      ...resources.map(r => `resource:default/${r.metadata.name}`),
    ];
    expect([...byRef.keys()].sort()).toEqual(refs.sort());
    expect(fleet.services.filter(s => s.kind === 'resource')).toHaveLength(
      resources.length,
    );
  });

  it('names series by the prometheus-service annotation, else the entity name', () => {
    for (const c of components) {
      const label =
        c.metadata.annotations?.[`${A}prometheus-service`] ?? c.metadata.name;
      expect(byRef.get(`component:default/${c.metadata.name}`)?.name).toBe(
        label,
      );
    }
    expect(byRef.get('component:default/identity')?.name).toBe('auth');
  });

  it('marks exactly the components with a published SLA as external', () => {
    for (const c of components) {
      const external = Boolean(c.metadata.annotations?.[`${A}external-sla`]);
      expect(byRef.get(`component:default/${c.metadata.name}`)?.kind).toBe(
        external ? 'external' : 'service',
      );
    }
  });

  it('has the dependencies of the catalog: dependsOn plus providers of consumed APIs', () => {
    const provider = new Map<string, string>();
    for (const c of components) {
      for (const api of c.spec.providesApis ?? [])
        provider.set(api, `component:default/${c.metadata.name}`);
    }
    expect([...provider.keys()].sort()).toEqual(
      apis.map(a => a.metadata.name).sort(),
    );
    for (const c of components) {
      const expected = [
        ...(c.spec.dependsOn ?? []).map((d: string) => ref(d, 'component')),
        ...(c.spec.consumesApis ?? []).map((api: string) => provider.get(api)),
      ].sort();
      const service = byRef.get(`component:default/${c.metadata.name}`)!;
      const actual = service.dependencies
        .map(d => byName.get(d.target)!.entityRef)
        .sort();
      expect({ component: c.metadata.name, deps: actual }).toEqual({
        component: c.metadata.name,
        deps: expected,
      });
    }
  });

  it('gives soft dependencies no propagation and redundancy groups their members', () => {
    for (const c of components) {
      const service = byRef.get(`component:default/${c.metadata.name}`)!;
      const depByRef = new Map(
        service.dependencies.map(d => [byName.get(d.target)!.entityRef!, d]),
      );
      const criticality = parse(
        c.metadata.annotations?.[`${A}dependency-criticality`] ?? '{}',
      );
      for (const [target, level] of Object.entries(criticality ?? {})) {
        expect(level).toBe('soft');
        expect(depByRef.get(target)?.propagation).toBe(0);
      }
      const groups =
        parse(c.metadata.annotations?.[`${A}redundancy-groups`] ?? '{}') ?? {};
      const grouped = service.dependencies.filter(d => d.redundancyGroup);
      expect(grouped.length).toBe(
        Object.values(groups).reduce(
          (n: number, v) => n + String(v).split(',').length,
          0,
        ),
      );
      for (const [group, members] of Object.entries(groups)) {
        for (const member of String(members).split(',')) {
          expect(depByRef.get(member.trim())?.redundancyGroup).toBe(group);
        }
      }
    }
    expect(
      byName
        .get('checkout')!
        .dependencies.find(d => d.target === 'recommendations'),
    ).toMatchObject({ propagation: 0 });
  });

  it('has a low-traffic service, a young service and a latency regression', () => {
    expect(byName.get('returns')!.requestRate).toBeLessThan(0.1);
    expect(byName.get('reviews')!.birthOffset).toBe(-10 * 86400);
    expect(
      byName.get('product-catalog')!.deployments![0].latencyMultiplier,
    ).toBeGreaterThanOrEqual(1.2);
    const durations = fleet.services.flatMap(s =>
      (s.incidents ?? []).map(i => i.durationSeconds),
    );
    expect(durations).toEqual(expect.arrayContaining([600, 7200, 86400]));
  });
});
