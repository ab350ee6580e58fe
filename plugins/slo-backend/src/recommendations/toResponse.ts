import {
  AvailabilityTier,
  formatPercent,
  LatencyTier,
  PerTier,
  SloRecommendation,
  TIER_NAMES,
} from '@slo-engine/plugin-slo-common';
import { TelemetryStatus } from '../aggregation/SliAggregate';
import { DependencyComposite } from './dependencyComposite';
import {
  AvailabilityRecommendation,
  AvailabilityTierBody,
  LatencyRecommendation,
  LatencyTierBody,
  SliTypeQuery,
  SloRecommendationResponse,
  TelemetryGap,
} from './types';

/** Ratio → percent without binary noise (0.999 → 99.9). */
const pct = (ratio: number) => Number((ratio * 100).toFixed(6));
const round = (value: number, digits = 6) => Number(value.toFixed(digits));

function perTier<A, B>(tiers: PerTier<A>, map: (t: A) => B): PerTier<B> {
  const out = {} as PerTier<B>;
  for (const name of TIER_NAMES) out[name] = map(tiers[name]);
  return out;
}

function availabilityTier(t: AvailabilityTier): AvailabilityTierBody {
  return {
    target: pct(t.target),
    error_budget_monthly_minutes: round(t.errorBudgetMonthlyMinutes, 3),
    estimated_breach_probability: round(t.breachProbability),
    confidence_interval: t.confidenceInterval
      ? [pct(t.confidenceInterval[0]), pct(t.confidenceInterval[1])]
      : null,
    ...(t.cappedBy ? { capped_by: t.cappedBy } : {}),
  };
}

function latencyTier(t: LatencyTier): LatencyTierBody {
  return {
    target_ms: t.targetMs,
    percentile: t.percentile,
    observed_ms: t.observedMs === undefined ? null : round(t.observedMs, 1),
    noise_margin: t.margin,
    estimated_breach_probability: round(t.breachProbability),
    breaches: t.breaches,
    windows: t.windows,
  };
}

function availability(
  rec: SloRecommendation,
  composite: DependencyComposite,
): AvailabilityRecommendation {
  const e = rec.explanation;
  const impact = e.dependencyImpact;
  const balanced = rec.availability.balanced.target;
  const share = impact.bottleneckBudgetShare;
  return {
    sli_type: 'availability',
    metric: 'error_rate',
    tiers: perTier(rec.availability, availabilityTier),
    explanation: {
      summary: e.summary,
      feature_attribution: e.featureAttribution.map(f => ({
        feature: f.feature,
        value: f.value,
        baseline: f.baseline,
        contribution: f.contribution,
      })),
      fleet_baseline_target: pct(e.fleetBaselineTarget),
      dependency_impact: {
        composite_availability_bound: pct(
          impact.compositeBound ?? composite.input.bound,
        ),
        ...(impact.bottleneck
          ? {
              bottleneck_service: impact.bottleneck.id,
              bottleneck_availability: pct(impact.bottleneck.availability),
            }
          : {}),
        ...(share === undefined
          ? {}
          : {
              bottleneck_budget_share: round(share),
              bottleneck_contribution: `Consumes ${Math.round(
                share * 100,
              )}% of error budget at ${formatPercent(balanced)} target`,
            }),
        bound_is_binding: impact.boundIsBinding,
        confidence: round(composite.confidence),
        unknown_availability: composite.result.unknownAvailability.filter(
          id => id !== composite.result.root,
        ),
      },
      counterfactuals: e.counterfactuals.map(c => ({
        condition: `If ${c.change}`,
        result: `Recommended balanced target would be ${formatPercent(
          c.balancedTarget,
        )}`,
        balanced_target: pct(c.balancedTarget),
        delta: round(c.delta * 100),
      })),
    },
  };
}

function latency(rec: SloRecommendation): LatencyRecommendation {
  const b = rec.latency.balanced;
  let summary = `No latency data: targets are the ${rec.archetype.archetype.label} baseline (balanced p99 ${b.targetMs} ms).`;
  if (rec.latencySource !== 'archetype' && b.observedMs !== undefined) {
    summary =
      `Balanced target p99 ≤ ${b.targetMs} ms: the median window's p99 ` +
      `(${Math.round(b.observedMs)} ms) plus a ${Math.round(
        b.margin * 100,
      )}% noise margin; it was exceeded in ${b.breaches} of ${
        b.windows
      } windows.`;
  }
  if (rec.latencySource === 'blend') {
    summary += ` Blended with the ${rec.archetype.archetype.label} baseline where data is short or missing.`;
  }
  return {
    sli_type: 'latency',
    metric: 'p99_response_time_ms',
    source: rec.latencySource,
    tiers: perTier(rec.latency, latencyTier),
    explanation: {
      summary,
      note:
        'Conservative targets p99.9, balanced p99 and aggressive p95. A ' +
        "window's percentile is the traffic-weighted mean of its daily " +
        'quantiles, an approximation: percentiles are not additive.',
    },
  };
}

/** Everything the response says besides the engine's output. */
export interface ResponseContext {
  id: string;
  entityRef: string;
  sliType: SliTypeQuery;
  generatedAt: Date;
  expiresAt: Date;
  window: { start: Date; end: Date; requestedDays: number; days: number };
  graphSnapshotId?: string;
  telemetry?: TelemetryStatus;
  gaps: TelemetryGap[];
}

function confidenceNote(rec: SloRecommendation, ctx: ResponseContext) {
  const notes = [rec.dataQuality.note];
  const status = ctx.telemetry?.status;
  if (rec.dataQuality.dataDays === 0) {
    notes.push(
      status === 'no_data' || status === 'invalid_mapping'
        ? `telemetry status ${status}${
            ctx.telemetry?.message ? `: ${ctx.telemetry.message}` : ''
          }`
        : 'no daily SLI aggregates stored for this entity yet',
    );
  }
  if (rec.lowConfidence) notes.push('low confidence');
  return notes.join('; ');
}

/** Maps the engine's output to the FR-2 snake_case response body. */
export function toResponse(
  rec: SloRecommendation,
  composite: DependencyComposite,
  ctx: ResponseContext,
): SloRecommendationResponse {
  const reasons = [...rec.lowConfidenceReasons];
  if (rec.dataQuality.dataDays === 0 && ctx.telemetry) {
    reasons.unshift(`telemetry status ${ctx.telemetry.status}`);
  }
  const recommendations: SloRecommendationResponse['recommendations'] = [];
  if (ctx.sliType !== 'latency') {
    recommendations.push(availability(rec, composite));
  }
  if (ctx.sliType !== 'availability') recommendations.push(latency(rec));
  return {
    recommendation_id: ctx.id,
    service_id: ctx.entityRef,
    generated_at: ctx.generatedAt.toISOString(),
    expires_at: ctx.expiresAt.toISOString(),
    stale: false,
    lookback_window: {
      start: ctx.window.start.toISOString(),
      end: ctx.window.end.toISOString(),
      requested_days: ctx.window.requestedDays,
      days: ctx.window.days,
    },
    graph_snapshot_id: ctx.graphSnapshotId ?? null,
    archetype: {
      id: rec.archetype.archetype.id,
      label: rec.archetype.archetype.label,
      reason: rec.archetype.reason,
    },
    cold_start: rec.coldStart
      ? {
          archetype: rec.coldStart.archetype,
          reason: rec.coldStart.reason,
          data_weight: round(rec.coldStart.dataWeight),
        }
      : null,
    data_quality: {
      data_completeness: round(rec.dataQuality.completeness),
      confidence: round(rec.dataQuality.confidence, 3),
      telemetry_gaps: ctx.gaps,
      confidence_note: confidenceNote(rec, ctx),
      telemetry_status: ctx.telemetry?.status ?? 'unknown',
      data_days: rec.dataQuality.dataDays,
      calendar_days: rec.dataQuality.days,
      low_confidence: rec.lowConfidence,
      low_confidence_reasons: reasons,
    },
    recommendations,
  };
}
