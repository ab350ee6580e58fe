import { parseEntityRefParts } from '../../entityRef';
import { AlertExportConflictError } from './exportErrors';

/** RFC 1123 label: Kubernetes object names, OpenSLO `metadata.name`. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Kubernetes label value (may be empty). */
export const K8S_LABEL_VALUE =
  /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;
const K8S_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Kubernetes qualified name, e.g. `prometheus` or `app.kubernetes.io/name`. */
export function isK8sQualifiedName(key: string): boolean {
  const slash = key.lastIndexOf('/');
  if (slash < 0) return K8S_NAME_PART.test(key);
  const prefix = key.slice(0, slash);
  return (
    prefix.length <= 253 &&
    DNS_SUBDOMAIN.test(prefix) &&
    K8S_NAME_PART.test(key.slice(slash + 1))
  );
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable suffix for long names. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A stable RFC 1123 label from any text: lower-cased, runs of other
 * characters become `-`. Names longer than `max` keep a prefix plus a hash
 * of the whole text, so two long names that share a prefix stay distinct.
 */
export function dnsLabel(text: string, max = 63): string {
  const clean =
    text
      .toLocaleLowerCase('en-US')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'slo';
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max - 9).replace(/-+$/, '');
  return `${head}-${shortHash(text)}`;
}

/** The text itself when it is a valid Kubernetes label value, else undefined. */
export function asLabelValue(text: string | undefined): string | undefined {
  return text !== undefined && text !== '' && K8S_LABEL_VALUE.test(text)
    ? text
    : undefined;
}

/**
 * Kubernetes labels naming an entity by its parts, each only when it is a
 * valid label value. The full ref always goes into an annotation.
 */
export function entityLabels(
  prefix: string,
  separator: '-' | '_',
  entityRef: string,
): Record<string, string> {
  const parts = parseEntityRefParts(entityRef);
  if (!parts) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parts)) {
    const v = asLabelValue(value);
    if (v) out[`${prefix}entity${separator}${key}`] = v;
  }
  return out;
}

/** The name part of an entity ref (`group:default/payments` → `payments`). */
export function entityName(ref: string): string {
  return parseEntityRefParts(ref)?.name ?? ref;
}

/** Throws when two objects of one kind would get the same name. */
export function assertUniqueNames(
  kind: string,
  entries: Array<{ name: string; source: string }>,
): void {
  const seen = new Map<string, string>();
  for (const { name, source } of entries) {
    const other = seen.get(name);
    if (other !== undefined) {
      throw new AlertExportConflictError(
        `${kind} name "${name}" would be used by both ${other} and ${source}; rename one of the SLOs`,
      );
    }
    seen.set(name, source);
  }
}
