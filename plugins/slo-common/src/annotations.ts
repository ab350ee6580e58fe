import { parseEntityRefParts } from './entityRef';
import type { DependencyCriticality } from './graph/types';

/**
 * Annotation names the engine reads from catalog entities. See
 * docs/annotations.md for the value formats and examples.
 * @public
 */
export const SLO_ANNOTATIONS = {
  /** On a consumer: `<target ref>: hard|soft|degraded`, one per line. */
  dependencyCriticality: 'slo-engine.io/dependency-criticality',
  /** On a consumer: `<target ref>: sync|async`, one per line. */
  dependencyMode: 'slo-engine.io/dependency-mode',
  /** On a consumer: `<group>: <ref>, <ref>[, ...]`, one group per line. */
  redundancyGroups: 'slo-engine.io/redundancy-groups',
  /** On an external dependency: its published availability SLA in percent. */
  externalSla: 'slo-engine.io/external-sla',
  /** The metric label value (e.g. `service`) when it differs from the entity name. */
  prometheusService: 'slo-engine.io/prometheus-service',
  /** Extra series selector ANDed into every query, e.g. `{env="prod"}`. */
  prometheusSelector: 'slo-engine.io/prometheus-selector',
  /** Metric name overrides: `total: <counter>` and `latency: <bucket metric>` lines. */
  prometheusMetrics: 'slo-engine.io/prometheus-metrics',
  /** How much the business depends on the entity: critical, high, medium or low. */
  criticality: 'slo-engine.io/criticality',
  /** `static` or `dynamic`: the burn-rate alerts of the entity's SLOs. */
  burnRateType: 'slo-engine.io/burn-rate-type',
  /** The entity's SLA availability target in percent, e.g. `99.5`. */
  slaTarget: 'slo-engine.io/sla-target',
} as const;

/** @public */
export type CommunicationMode = 'sync' | 'async';

/** One problem found in an entity's annotations. @public */
export interface AnnotationIssue {
  annotation: string;
  message: string;
}

/** What the engine takes from one entity's annotations. @public */
export interface ParsedDependencyAnnotations {
  criticality: Map<string, DependencyCriticality>;
  mode: Map<string, CommunicationMode>;
  /** Target ref to redundancy group name. */
  redundancyGroup: Map<string, string>;
  /** Published SLA as a ratio in (0, 1), when the entity is external. */
  externalSla?: number;
  issues: AnnotationIssue[];
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l.length > 0 && !l.startsWith('#'));
}

function splitPair(line: string): [string, string] | undefined {
  // Refs contain a colon (`component:default/x`), so split on the last one.
  const at = line.lastIndexOf(':');
  if (at <= 0) return undefined;
  return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}

function normaliseRef(ref: string, namespace: string): string | undefined {
  const parts = parseEntityRefParts(ref, { namespace });
  if (!parts) return undefined;
  return `${parts.kind}:${parts.namespace}/${parts.name}`.toLocaleLowerCase(
    'en-US',
  );
}

function parseRefMap<T extends string>(
  annotation: string,
  value: string | undefined,
  allowed: readonly T[],
  namespace: string,
  issues: AnnotationIssue[],
): Map<string, T> {
  const result = new Map<string, T>();
  if (value === undefined) return result;
  for (const line of lines(value)) {
    const pair = splitPair(line);
    const ref = pair && normaliseRef(pair[0], namespace);
    if (!pair || !ref) {
      issues.push({
        annotation,
        message: `"${line}" is not "<entity ref>: <value>"`,
      });
      continue;
    }
    const v = pair[1].toLocaleLowerCase('en-US') as T;
    if (!allowed.includes(v)) {
      issues.push({
        annotation,
        message: `"${pair[1]}" for ${ref} is not one of ${allowed.join(', ')}`,
      });
      continue;
    }
    result.set(ref, v);
  }
  return result;
}

function parseGroups(
  value: string | undefined,
  namespace: string,
  issues: AnnotationIssue[],
): Map<string, string> {
  const annotation = SLO_ANNOTATIONS.redundancyGroups;
  const result = new Map<string, string>();
  if (value === undefined) return result;
  for (const line of lines(value)) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[a-z0-9][-a-z0-9_.]*$/i.test(name)) {
      issues.push({
        annotation,
        message: `"${line}" is not "<group>: <ref>, <ref>"`,
      });
      continue;
    }
    const members = line
      .slice(colon + 1)
      .split(',')
      .map(m => m.trim())
      .filter(Boolean);
    const refs = members.map(m => normaliseRef(m, namespace));
    if (refs.some(r => !r) || refs.length < 2) {
      issues.push({
        annotation,
        message: `group ${name} needs at least two valid entity refs, got "${members.join(
          ', ',
        )}"`,
      });
      continue;
    }
    for (const ref of refs as string[]) {
      if (result.has(ref)) {
        issues.push({
          annotation,
          message: `${ref} is in groups ${result.get(
            ref,
          )} and ${name}; a target belongs to one group`,
        });
        continue;
      }
      result.set(ref, name);
    }
  }
  return result;
}

function parseSla(value: string | undefined, issues: AnnotationIssue[]) {
  if (value === undefined) return undefined;
  const percent = Number(value.trim().replace(/%$/, ''));
  if (!(percent > 0 && percent < 100)) {
    issues.push({
      annotation: SLO_ANNOTATIONS.externalSla,
      message: `"${value}" is not a percentage between 0 and 100, e.g. 99.95`,
    });
    return undefined;
  }
  return percent / 100;
}

/**
 * Reads the dependency annotations of one entity. Invalid values never
 * throw: they are skipped and returned as issues, so one bad entity cannot
 * stop a graph refresh.
 * @public
 */
export function parseDependencyAnnotations(
  annotations: Record<string, string> | undefined,
  namespace = 'default',
): ParsedDependencyAnnotations {
  const a = annotations ?? {};
  const issues: AnnotationIssue[] = [];
  return {
    criticality: parseRefMap(
      SLO_ANNOTATIONS.dependencyCriticality,
      a[SLO_ANNOTATIONS.dependencyCriticality],
      ['hard', 'soft', 'degraded'] as const,
      namespace,
      issues,
    ),
    mode: parseRefMap(
      SLO_ANNOTATIONS.dependencyMode,
      a[SLO_ANNOTATIONS.dependencyMode],
      ['sync', 'async'] as const,
      namespace,
      issues,
    ),
    redundancyGroup: parseGroups(
      a[SLO_ANNOTATIONS.redundancyGroups],
      namespace,
      issues,
    ),
    externalSla: parseSla(a[SLO_ANNOTATIONS.externalSla], issues),
    issues,
  };
}
