import { NotFoundError } from '@backstage/errors';
import { parseSlaTarget, SLO_ANNOTATIONS } from '@slo-engine/plugin-slo-common';
import { GraphNode } from '../graph/GraphNode';
import { GraphStore } from '../graph/GraphStore';
import { servicePath } from '../lifecycle/recommendationGuard';
import { SloStore } from '../lifecycle/SloStore';
import { SlaAnnotationSource } from './catalogSlaAnnotations';
import {
  ApiSlaTarget,
  SlaTargetChange,
  SlaTargetStore,
} from './SlaTargetStore';
import { SlaTargetChangeBody, SlaTargetSource, SlaTargetState } from './types';

/** The SLA target that applies to an entity. */
export interface EffectiveSlaTarget {
  targetPercent: number;
  source: SlaTargetSource;
}

export interface SlaTargetServiceDeps {
  store: SlaTargetStore;
  annotations: SlaAnnotationSource;
  graph: Pick<GraphStore, 'getNode'>;
  slos: Pick<SloStore, 'activeSlo'>;
}

/** How to declare a target, for every message that finds none. */
export function declareHint(entityRef: string): string {
  return `declare one with annotation ${
    SLO_ANNOTATIONS.slaTarget
  } or PUT ${servicePath(entityRef)}/sla`;
}

/** The API value when set, else a valid annotation, else none. */
export function resolveTarget(
  api: ApiSlaTarget | undefined,
  annotations: Record<string, string> | undefined,
): EffectiveSlaTarget | undefined {
  if (api) return { targetPercent: api.targetPercent, source: 'api' };
  const { targetPercent } = parseSlaTarget(annotations);
  return targetPercent === undefined
    ? undefined
    : { targetPercent, source: 'annotation' };
}

function changeBody(c: SlaTargetChange): SlaTargetChangeBody {
  return {
    action: c.action,
    target_percent: c.targetPercent ?? null,
    previous_target_percent: c.previousTargetPercent ?? null,
    actor: c.actor,
    rationale: c.rationale ?? null,
    occurred_at: c.occurredAt.toISOString(),
  };
}

/**
 * Declared SLA targets: the API override, the catalog annotation, which
 * one applies, and what looks wrong about it.
 */
export class SlaTargetService {
  constructor(private readonly deps: SlaTargetServiceDeps) {}

  /** The graph node of `entityRef`, or a 404 saying which entities exist. */
  async knownNode(entityRef: string): Promise<GraphNode> {
    const node = await this.deps.graph.getNode(entityRef);
    if (!node) {
      throw new NotFoundError(
        `${entityRef} is not known to the SLO engine: only catalog components and resources ` +
          'and services named in dependency data are; the catalog is read every 15 minutes by default',
      );
    }
    return node;
  }

  async state(entityRef: string): Promise<SlaTargetState> {
    await this.knownNode(entityRef);
    return this.describe(entityRef);
  }

  async history(entityRef: string): Promise<SlaTargetChangeBody[]> {
    await this.knownNode(entityRef);
    return (await this.deps.store.history(entityRef)).map(changeBody);
  }

  async set(
    entityRef: string,
    input: { target_percent: number; rationale?: string },
    actor: string,
  ): Promise<SlaTargetState> {
    await this.knownNode(entityRef);
    await this.deps.store.set({
      entityRef,
      targetPercent: input.target_percent,
      rationale: input.rationale,
      actor,
    });
    return this.describe(entityRef);
  }

  async remove(entityRef: string, actor: string): Promise<SlaTargetState> {
    await this.knownNode(entityRef);
    const removed = await this.deps.store.remove({ entityRef, actor });
    if (!removed) {
      throw new NotFoundError(
        `${entityRef} has no SLA target set through the API; an annotation ` +
          `target (${SLO_ANNOTATIONS.slaTarget}) is changed in the catalog entity`,
      );
    }
    return this.describe(entityRef);
  }

  /** The target that applies, or a 404 that says how to declare one. */
  async effective(entityRef: string): Promise<EffectiveSlaTarget> {
    const [api, annotations] = await Promise.all([
      this.deps.store.get(entityRef),
      this.deps.annotations.forEntity(entityRef),
    ]);
    const target = resolveTarget(api, annotations);
    if (target) return target;
    const { issue } = parseSlaTarget(annotations);
    throw new NotFoundError(
      issue
        ? `${entityRef} has no valid SLA target: annotation ${issue.annotation}: ` +
          `${issue.message}; fix the annotation or PUT ${servicePath(
            entityRef,
          )}/sla`
        : `${entityRef} has no SLA target: ${declareHint(entityRef)}`,
    );
  }

  private async describe(entityRef: string): Promise<SlaTargetState> {
    const [api, annotations, slo] = await Promise.all([
      this.deps.store.get(entityRef),
      this.deps.annotations.forEntity(entityRef),
      this.deps.slos.activeSlo(entityRef),
    ]);
    const parsed = parseSlaTarget(annotations);
    const target = resolveTarget(api, annotations);
    const sloPercent = slo?.targets.availability;
    const warnings: string[] = [];
    if (parsed.issue) {
      warnings.push(
        `annotation ${parsed.issue.annotation} is ignored: ${parsed.issue.message}`,
      );
    }
    if (
      target &&
      sloPercent !== undefined &&
      target.targetPercent > sloPercent
    ) {
      warnings.push(
        `the SLA target ${target.targetPercent}% is stricter than the active SLO's ` +
          `availability target ${sloPercent}%: the service can meet its SLO and still ` +
          'breach the SLA; an SLA is usually looser than the SLO',
      );
    }
    const hasAnnotation =
      annotations?.[SLO_ANNOTATIONS.slaTarget] !== undefined;
    return {
      service_id: entityRef,
      target_percent: target?.targetPercent ?? null,
      source: target?.source ?? null,
      api: api
        ? {
            target_percent: api.targetPercent,
            set_by: api.setBy,
            set_at: api.setAt.toISOString(),
            rationale: api.rationale ?? null,
          }
        : null,
      annotation: hasAnnotation
        ? {
            target_percent: parsed.targetPercent ?? null,
            issue: parsed.issue?.message ?? null,
          }
        : null,
      slo_availability_percent: sloPercent ?? null,
      warnings,
    };
  }
}
