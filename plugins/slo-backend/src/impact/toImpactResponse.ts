import {
  ImpactAnalysisResponse,
  ImpactAnalysisResult,
  impactSummarySentence,
} from '@slo-engine/plugin-slo-common';

/** A ratio in percent with four decimals: 0.9970019 → 99.7002. */
const percent = (ratio: number) => Math.round(ratio * 1e6) / 1e4;
const optionalPercent = (ratio: number | undefined) =>
  ratio === undefined ? null : percent(ratio);

/** The FR-4 body, in snake_case and percent. */
export function toImpactResponse(
  result: ImpactAnalysisResult,
  meta: {
    analysisId: string;
    snapshotId?: string;
    generatedAt: Date;
    maxDepth: number;
  },
): ImpactAnalysisResponse {
  return {
    analysis_id: meta.analysisId,
    service_id: result.changed,
    proposed_change: {
      sli_type: 'availability',
      current_target: percent(result.current),
      proposed_target: percent(result.proposed),
    },
    impacted_services: result.impacted.map(s => ({
      service_id: s.id,
      relationship: s.relationship,
      via: s.via,
      current_composite_availability: percent(s.currentComposite),
      projected_composite_availability: percent(s.projectedComposite),
      delta: percent(s.delta),
      current_slo_target: optionalPercent(s.sloTarget),
      slo_at_risk: s.sloAtRisk,
      already_below_target: s.alreadyBelowTarget,
      risk_detail: s.riskDetail,
      cycles: s.cycles,
      unknown_dependencies: s.unknownDependencies,
    })),
    cycles: result.cycles.map(c => ({
      members: c.members,
      path: c.path,
      contains_changed_service: c.containsChanged,
      current_supernode_availability: optionalPercent(c.currentAvailability),
      projected_supernode_availability: optionalPercent(
        c.projectedAvailability,
      ),
    })),
    unknown_availability: result.unknownAvailability,
    summary: {
      total_impacted: result.impacted.length,
      slos_at_risk: result.impacted.filter(s => s.sloAtRisk === true).length,
      recommendation: impactSummarySentence(result),
    },
    graph_snapshot_id: meta.snapshotId ?? null,
    generated_at: meta.generatedAt.toISOString(),
  };
}
