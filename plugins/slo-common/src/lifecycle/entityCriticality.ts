import { AnnotationIssue, SLO_ANNOTATIONS } from '../annotations';
import { ENTITY_CRITICALITIES, EntityCriticality } from './autoApprovalRule';

/**
 * The entity's criticality from its `slo-engine.io/criticality` annotation
 * (case-insensitive), or an issue that names the allowed values.
 * @public
 */
export function parseEntityCriticality(
  annotations: Record<string, string> | undefined,
): { criticality?: EntityCriticality; issue?: AnnotationIssue } {
  const raw = annotations?.[SLO_ANNOTATIONS.criticality];
  if (raw === undefined) return {};
  const value = raw.trim().toLocaleLowerCase('en-US');
  if ((ENTITY_CRITICALITIES as readonly string[]).includes(value)) {
    return { criticality: value as EntityCriticality };
  }
  return {
    issue: {
      annotation: SLO_ANNOTATIONS.criticality,
      message: `"${raw}" is not one of ${ENTITY_CRITICALITIES.join(', ')}`,
    },
  };
}
