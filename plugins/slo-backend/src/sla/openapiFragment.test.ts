import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { createSlaRouter } from './slaRouter';

type Layer = {
  route?: { path: string; methods: Record<string, boolean> };
};

describe('openapi-fragment.yaml', () => {
  it('documents exactly the routes the SLA router serves, with refs that exist', () => {
    const fragment = parse(
      readFileSync(join(__dirname, 'openapi-fragment.yaml'), 'utf8'),
    );
    const documented = Object.entries(
      fragment.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([path, item]) =>
      Object.keys(item)
        .filter(k => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
        .map(method => `${method} ${path}`),
    );
    const router = createSlaRouter({
      targets: {} as any,
      reports: {} as any,
      authorizeDecision: async () => ({ userEntityRef: 'user:default/x' }),
      authorizeRead: async () => {},
    });
    const served = (router as unknown as { stack: Layer[] }).stack.flatMap(
      layer =>
        layer.route
          ? Object.keys(layer.route.methods).map(
              m => `${m} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
            )
          : [],
    );
    expect(served.sort()).toEqual(documented.sort());

    // Refs into the main spec's components must name ones that exist there.
    const main = parse(
      readFileSync(join(__dirname, '../schema/openapi.yaml'), 'utf8'),
    );
    const refs = JSON.stringify(fragment).match(/#\/components\/[^"]+/g) ?? [];
    const missing = refs.filter(ref => {
      const [, section, name] = ref.split('/').slice(1);
      return (
        !fragment.components[section]?.[name] &&
        !main.components[section]?.[name]
      );
    });
    expect(missing).toEqual([]);
  });
});
