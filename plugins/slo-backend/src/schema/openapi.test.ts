import { mockServices } from '@backstage/backend-test-utils';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { createRouter } from '../router';

type Layer = {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

function routesOf(stack: Layer[]): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      const path = layer.route.path.replace(/:(\w+)/g, '{$1}');
      return Object.keys(layer.route.methods).map(m => `${m} ${path}`);
    }
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}

describe('openapi.yaml', () => {
  it('documents exactly the routes the router serves', async () => {
    const spec = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
    const documented = Object.entries(
      spec.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([path, item]) =>
      Object.keys(item)
        .filter(k => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
        .map(method => `${method} ${path}`),
    );
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions(),
      readiness: {} as any,
      graphStore: {} as any,
      slos: {} as any,
      autoApprovalRules: {} as any,
      impact: {} as any,
      alertSpecs: {} as any,
      sla: {} as any,
      budgets: {} as any,
      dashboard: {} as any,
    });
    const served = routesOf((router as unknown as { stack: Layer[] }).stack);
    expect(served.sort()).toEqual(documented.sort());
  });
});

describe('openapi.yaml references', () => {
  it('resolves every $ref', () => {
    const spec = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
    const refs = new Set<string>();
    JSON.stringify(spec, (key, value) => {
      if (key === '$ref') refs.add(value);
      return value;
    });
    const missing = [...refs].filter(ref => {
      let node: any = spec;
      for (const part of ref.replace('#/', '').split('/')) node = node?.[part];
      return node === undefined;
    });
    expect(refs.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
