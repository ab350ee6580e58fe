import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import { countOf, formatRatio } from '../shared';

const share = (value: number) => formatRatio(value, 0);

/** The backend's 0..1 confidence in words, for a badge. */
export function confidenceLevel(value: number): 'high' | 'medium' | 'low' {
  if (value >= 0.8) return 'high';
  if (value >= 0.5) return 'medium';
  return 'low';
}

/** One badge above the tiers, with the tooltip that says why. */
export interface RecommendationBadge {
  key:
    | 'data-quality'
    | 'confidence'
    | 'stale'
    | 'cold-start'
    | 'low-confidence';
  label: string;
  why: string;
  tone: 'ok' | 'warning' | 'error';
}

function dataQuality(body: SloRecommendationResponse): RecommendationBadge {
  const q = body.data_quality;
  const gaps = q.telemetry_gaps.map(
    g =>
      `${g.start === g.end ? g.start : `${g.start} to ${g.end}`} (${countOf(
        g.days,
        'day',
      )})`,
  );
  let tone: RecommendationBadge['tone'] = 'error';
  if (q.data_completeness >= 0.95) tone = 'ok';
  else if (q.data_completeness >= 0.8) tone = 'warning';
  return {
    key: 'data-quality',
    label: `Data: ${share(q.data_completeness)} complete`,
    why: [
      q.confidence_note,
      gaps.length ? `Missing telemetry: ${gaps.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('. '),
    tone,
  };
}

function confidence(body: SloRecommendationResponse): RecommendationBadge {
  const level = confidenceLevel(body.data_quality.confidence);
  return {
    key: 'confidence',
    label: `Confidence: ${level} (${share(body.data_quality.confidence)})`,
    why:
      'The smaller of the data completeness and the history coverage (days ' +
      'of data out of one 30-day window). Dependencies without a known ' +
      'availability do not lower it: the history already includes their ' +
      'failures. The Why section shows how much of the graph is known.',
    tone: { high: 'ok', medium: 'warning', low: 'error' }[level] as
      | 'ok'
      | 'warning'
      | 'error',
  };
}

/**
 * The badges of a recommendation, in reading order: data quality and
 * confidence always; stale when generating failed and a stored one is
 * served; cold start (or plain low confidence) with its reasons.
 */
export function recommendationBadges(
  body: SloRecommendationResponse,
): RecommendationBadge[] {
  const badges = [dataQuality(body), confidence(body)];
  if (body.stale) {
    badges.push({
      key: 'stale',
      label: 'Stale',
      why:
        body.stale_reason ??
        'Served from storage because generating a fresh recommendation failed',
      tone: 'warning',
    });
  }
  const q = body.data_quality;
  if (body.cold_start) {
    badges.push({
      key: 'cold-start',
      label: 'Low confidence (cold start)',
      why:
        `Archetype-based: only ${countOf(
          q.data_days,
          'day',
        )} of data, so the targets blend it (weight ${share(
          body.cold_start.data_weight,
        )}) with the ${body.archetype.label} baseline. ` +
        `Archetype chosen because ${body.archetype.reason}. ${body.cold_start.reason}.`,
      tone: 'warning',
    });
  } else if (q.low_confidence) {
    badges.push({
      key: 'low-confidence',
      label: 'Low confidence',
      why: q.low_confidence_reasons.join('; ') || q.confidence_note,
      tone: 'warning',
    });
  }
  return badges;
}
