import { checkoutRecommendation } from '../../__fixtures__/recommendations';
import { draftDecision, fieldError } from './decisionForm';
import { DecisionFormValues, initialValues } from './decisionValues';

const ID = checkoutRecommendation.recommendation_id;
const balanced = initialValues(checkoutRecommendation, 'balanced');

function draft(changes: Partial<DecisionFormValues>) {
  return draftDecision(checkoutRecommendation, { ...balanced, ...changes });
}

describe('draftDecision', () => {
  it.each([
    [
      'accept without rationale',
      { action: 'accept' },
      { action: 'accept', recommendation_id: ID, selected_tier: 'balanced' },
    ],
    [
      'accept with a rationale',
      { action: 'accept', tier: 'aggressive', rationale: '  tier 1  ' },
      {
        action: 'accept',
        recommendation_id: ID,
        selected_tier: 'aggressive',
        rationale: 'tier 1',
      },
    ],
    [
      'reject',
      { action: 'reject', rationale: 'wait for the migration' },
      {
        action: 'reject',
        recommendation_id: ID,
        selected_tier: 'balanced',
        rationale: 'wait for the migration',
      },
    ],
    [
      'modify availability and window',
      {
        action: 'modify',
        availability: '99.9',
        windowDays: '28',
        rationale: 'holiday season',
      },
      {
        action: 'modify',
        recommendation_id: ID,
        selected_tier: 'balanced',
        modifications: { availability_target: 99.9, window_days: 28 },
        rationale: 'holiday season',
      },
    ],
    [
      'modify the conservative tier latency (p99.9)',
      {
        action: 'modify',
        tier: 'conservative',
        availability: '99',
        latency: '1000',
        rationale: 'batch jobs',
      },
      {
        action: 'modify',
        recommendation_id: ID,
        selected_tier: 'conservative',
        modifications: { latency_p999_target_ms: 1000 },
        rationale: 'batch jobs',
      },
    ],
  ] as const)('builds %s', (_, changes, decision) => {
    const result = draft(changes as Partial<DecisionFormValues>);
    expect(result.errors).toEqual({});
    expect(result.decision).toEqual(decision);
  });

  it('previews the changes in the backend wording', () => {
    // Budgets: (1 − 0.995) × 30 × 1440 = 216 min; (1 − 0.999) × 28 × 1440
    // = 40.32 min; (1 − 0.995) × 28 × 1440 = 201.6 min.
    expect(
      draft({ action: 'modify', availability: '99.9', windowDays: '28' })
        .deltas,
    ).toEqual([
      {
        field: 'availability',
        summary: '+0.4 pp from recommended 99.5',
        budget: 'error budget 216 min (3 h 36 min) → 40.3 min per 28 days',
      },
      {
        field: 'windowDays',
        summary: '-2 days from recommended 30',
        budget: undefined,
      },
    ]);
    expect(
      draft({ action: 'modify', windowDays: '28', latency: '200' }).deltas,
    ).toEqual([
      { field: 'latency', summary: 'p99 -50 ms from recommended 250' },
      {
        field: 'windowDays',
        summary: '-2 days from recommended 30',
        budget:
          'error budget 216 min (3 h 36 min) → 201.6 min (3 h 22 min) per 28 days',
      },
    ]);
    // 99.95 − 99.9 is 0.04999… in floating point; the summary is rounded.
    expect(
      draftDecision(checkoutRecommendation, {
        ...initialValues(checkoutRecommendation, 'aggressive', 'modify'),
        availability: '99.95',
      }).deltas[0].summary,
    ).toBe('+0.05 pp from recommended 99.9');
  });

  it.each([
    [
      'a target of 100%',
      { availability: '100' },
      {
        availability: 'must be below 100: a 100% target leaves no error budget',
      },
    ],
    [
      'an empty target',
      { availability: ' ' },
      { availability: 'is required: enter a number' },
    ],
    ['text', { availability: 'high' }, { availability: 'must be a number' }],
    [
      'a negative latency',
      { latency: '-5' },
      { latency: 'must be above 0 ms' },
    ],
    [
      'a latency above ten minutes',
      { latency: '700000' },
      { latency: 'must be at most 600000 ms' },
    ],
    [
      'no rationale',
      { availability: '99.9', rationale: '  ' },
      { rationale: 'is required: say why' },
    ],
    [
      'no change',
      {},
      {
        form: "Change at least one target or the window: these values are the balanced tier's. To keep them, accept the tier.",
      },
    ],
  ])('refuses a modify with %s', (_, changes, errors) => {
    const result = draft({ action: 'modify', rationale: 'why', ...changes });
    expect(result.errors).toEqual(errors);
    expect(result.decision).toBeUndefined();
  });

  it('requires a rationale to reject', () => {
    expect(draft({ action: 'reject' }).errors).toEqual({
      rationale: 'is required: say why',
    });
  });
});

describe('fieldError', () => {
  it.each([
    [
      'availability',
      'must be a number',
      'Availability target must be a number',
    ],
    ['rationale', 'is required: say why', 'Rationale is required: say why'],
    [
      'rationale',
      'String must contain at most 4000 character(s)',
      'Rationale: String must contain at most 4000 character(s)',
    ],
  ] as const)('%s: %s', (field, message, expected) => {
    expect(fieldError(field, message)).toBe(expected);
  });
});
