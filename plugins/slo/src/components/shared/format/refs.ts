import { parseEntityRef } from '@backstage/catalog-model';

/**
 * A short name for an entity ref: the default kind and the default
 * namespace are left out, so `group:default/team-checkout` reads
 * `team-checkout`. Text that is not a ref is returned as it is.
 */
export function formatRef(ref: string, defaultKind: string): string {
  try {
    const { kind, namespace, name } = parseEntityRef(ref, {
      defaultKind,
      defaultNamespace: 'default',
    });
    const prefix =
      kind.toLocaleLowerCase('en-US') === defaultKind ? '' : `${kind}:`;
    const ns = namespace === 'default' ? '' : `${namespace}/`;
    return `${prefix}${ns}${name}`;
  } catch {
    return ref;
  }
}

/**
 * Short names of actors: `user:default/alice` → `alice`, while system
 * actors (`slo-engine:drift-detection`, `auto-approval-rule:<name>`) keep
 * what tells them apart.
 */
export function actorLabel(actor: string): string {
  const rule = /^auto-approval-rule:(.+)$/.exec(actor);
  if (rule) return `auto-approval rule "${rule[1]}"`;
  if (actor === 'slo-engine:drift-detection') {
    return 'SLO engine drift detection';
  }
  const ref = /^(user|group):([^/]+)\/(.+)$/.exec(actor);
  if (ref) return ref[2] === 'default' ? ref[3] : `${ref[2]}/${ref[3]}`;
  return actor;
}
