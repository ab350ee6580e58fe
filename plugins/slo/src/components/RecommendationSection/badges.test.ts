import {
  checkoutRecommendation,
  coldStartStale,
} from '../../__fixtures__/recommendations';
import { confidenceLevel, recommendationBadges } from './badges';

describe('recommendationBadges', () => {
  it('shows data quality and confidence of a complete history', () => {
    expect(recommendationBadges(checkoutRecommendation)).toEqual([
      {
        key: 'data-quality',
        label: 'Data: 100% complete',
        why: 'Based on 60 of 60 days with data (100% complete)',
        tone: 'ok',
      },
      expect.objectContaining({
        key: 'confidence',
        label: 'Confidence: high (100%)',
        tone: 'ok',
      }),
    ]);
  });

  it('explains a stale cold start with gaps', () => {
    const badges = recommendationBadges(coldStartStale);
    expect(badges.map(b => [b.key, b.label, b.tone])).toEqual([
      ['data-quality', 'Data: 86% complete', 'warning'],
      ['confidence', 'Confidence: low (40%)', 'error'],
      ['stale', 'Stale', 'warning'],
      ['cold-start', 'Low confidence (cold start)', 'warning'],
    ]);
    expect(badges[0].why).toBe(
      'Based on 12 of 14 days with data (86% complete), blended with the archetype baseline; low confidence. Missing telemetry: 2025-05-25 to 2025-05-26 (2 days)',
    );
    expect(badges[2].why).toBe(
      'regeneration failed: Prometheus did not answer within 5000 ms',
    );
    expect(badges[3].why).toBe(
      'Archetype-based: only 12 days of data, so the targets blend it (weight 40%) with the backend service baseline. ' +
        'Archetype chosen because entity type "service" is a backend service. ' +
        'only 12 days of data (fewer than 30); blended with the backend service baseline.',
    );
  });

  it.each([
    [0.95, 'ok'],
    [0.94, 'warning'],
    [0.8, 'warning'],
    [0.79, 'error'],
  ] as const)('completeness %p is %p', (completeness, tone) => {
    const [quality] = recommendationBadges({
      ...checkoutRecommendation,
      data_quality: {
        ...checkoutRecommendation.data_quality,
        data_completeness: completeness,
        telemetry_gaps: [{ start: '2025-05-01', end: '2025-05-01', days: 1 }],
      },
    });
    expect(quality.tone).toBe(tone);
    expect(quality.why).toContain('Missing telemetry: 2025-05-01 (1 day)');
  });

  it('names the reasons of low confidence without a cold start', () => {
    const badges = recommendationBadges({
      ...checkoutRecommendation,
      stale: true,
      data_quality: {
        ...checkoutRecommendation.data_quality,
        low_confidence: true,
        low_confidence_reasons: ['most dependencies have unknown availability'],
      },
    });
    expect(badges.slice(2)).toEqual([
      {
        key: 'stale',
        label: 'Stale',
        why: 'Served from storage because generating a fresh recommendation failed',
        tone: 'warning',
      },
      {
        key: 'low-confidence',
        label: 'Low confidence',
        why: 'most dependencies have unknown availability',
        tone: 'warning',
      },
    ]);
  });
});

describe('confidenceLevel', () => {
  it.each([
    [1, 'high'],
    [0.8, 'high'],
    [0.79, 'medium'],
    [0.5, 'medium'],
    [0.4, 'low'],
    [0, 'low'],
  ] as const)('%p is %p', (confidence, expected) => {
    expect(confidenceLevel(confidence)).toBe(expected);
  });
});
