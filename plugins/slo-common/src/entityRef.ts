import type { EntityPathParams } from './types/service';

/**
 * Builds the canonical, lower-cased `kind:namespace/name` reference used as
 * the key of every SLO record, so `Component:Default/Checkout` and
 * `component:default/checkout` never become two rows.
 * @public
 */
export function toEntityRef(params: EntityPathParams): string {
  return `${params.kind}:${params.namespace}/${params.name}`.toLocaleLowerCase(
    'en-US',
  );
}

/**
 * Parses `kind:namespace/name` (kind and namespace optional, defaulting to
 * `component` and `default`) into its parts; returns undefined when the text
 * is not an entity reference.
 * @public
 */
export function parseEntityRefParts(
  ref: string,
  defaults: { kind?: string; namespace?: string } = {},
): EntityPathParams | undefined {
  const match = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(ref.trim());
  if (!match) return undefined;
  const kind = match[1] ?? defaults.kind ?? 'component';
  const namespace = match[2] ?? defaults.namespace ?? 'default';
  return { kind, namespace, name: match[3] };
}
