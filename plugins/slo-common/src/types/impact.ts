import { z } from 'zod';

/** A target in percent, strictly between 0 and 100. */
const percent = (what: string) =>
  z
    .number({ invalid_type_error: `${what} must be a number in percent` })
    .gt(0, `${what} must be above 0%`)
    .lt(100, `${what} must be below 100%`);

/**
 * Body of `POST /slos/impact-analysis` (FR-4). `service_id` is an entity
 * reference (`component:default/payments`) or a bare component name;
 * targets are in percent. `current_target` defaults to the service's
 * active SLO target, else its observed availability.
 * @public
 */
export const impactAnalysisRequestSchema = z
  .object({
    service_id: z.string().trim().min(1).max(255),
    proposed_change: z
      .object({
        sli_type: z.literal('availability', {
          errorMap: () => ({
            message:
              'only availability changes can be analysed (sli_type: availability)',
          }),
        }),
        current_target: percent('current_target').optional(),
        proposed_target: percent('proposed_target'),
      })
      .strict(),
  })
  .strict();

/** @public */
export type ImpactAnalysisRequest = z.infer<typeof impactAnalysisRequestSchema>;

/** One upstream service in the FR-4 response; percentages in percent. @public */
export interface ImpactedServiceBody {
  service_id: string;
  relationship: 'upstream' | 'upstream (transitive)';
  via: 'hard' | 'soft-or-async' | 'beyond-depth';
  current_composite_availability: number;
  projected_composite_availability: number;
  /** Percentage points, projected minus current. */
  delta: number;
  current_slo_target: number | null;
  slo_at_risk: boolean | null;
  already_below_target: boolean;
  risk_detail: string;
  /** Indices into `cycles`. */
  cycles: number[];
  unknown_dependencies: number;
}

/** FR-4 response of `POST /slos/impact-analysis`. @public */
export interface ImpactAnalysisResponse {
  analysis_id: string;
  service_id: string;
  proposed_change: {
    sli_type: 'availability';
    current_target: number;
    proposed_target: number;
  };
  impacted_services: ImpactedServiceBody[];
  cycles: Array<{
    members: string[];
    path: string[];
    contains_changed_service: boolean;
    current_supernode_availability: number | null;
    projected_supernode_availability: number | null;
  }>;
  unknown_availability: string[];
  summary: {
    total_impacted: number;
    slos_at_risk: number;
    recommendation: string;
  };
  graph_snapshot_id: string | null;
  generated_at: string;
}
