import {
  accept,
  autoApprove,
  drift,
  modify,
  reject,
} from './__fixtures__/history';
import { deltaLines, describeAuditEvent, targetChanges } from './historyText';

describe('describeAuditEvent', () => {
  it.each([
    [accept, 'Accepted the aggressive tier', undefined],
    [modify, 'Modified the balanced tier', undefined],
    [reject, 'Rejected the recommendation', 'The active SLO stayed as it was.'],
    [
      autoApprove,
      'Auto-approved the balanced tier',
      expect.stringContaining('An auto-approval rule matched'),
    ],
    [
      { ...accept, action: 'expire' as const, selected_tier: null },
      'The recommendation expired',
      expect.stringContaining('not decided in time'),
    ],
    [
      drift,
      'SLI drift detected',
      'p99 latency 182.0 ms → 231.0 ms (+27%); detected by adwin, page-hinkley. The change started at 20 Mar 2026, 06:00 UTC and was confirmed at 20 Mar 2026, 08:10 UTC. The recommendation was marked stale and generated again against the new behaviour: review it in the Recommendation section.',
    ],
    [
      { ...drift, rationale: 'availability changed; detected by kswin' },
      'SLI drift detected',
      expect.stringMatching(
        /^availability changed; detected by kswin\. The recommendation was marked stale/,
      ),
    ],
    [
      { ...accept, selected_tier: null },
      'Accepted the recommendation',
      undefined,
    ],
  ])('describes case %#', (event, title, description) => {
    expect(describeAuditEvent(event)).toEqual({ title, description });
  });
});

describe('targetChanges', () => {
  it.each([
    // Alice's modify: 99.9 → 99.95, p99 300 → 250 ms, window unchanged.
    [modify, ['Availability: 99.9% → 99.95%', 'p99 latency: 300 ms → 250 ms']],
    // The rule's approval after Alice's first accept.
    [
      autoApprove,
      ['Availability: 99.5% → 99.9%', 'p99 latency: 400 ms → 300 ms'],
    ],
    [
      accept,
      ['Availability 99.5%, p99 latency ≤ 400 ms over 30 days (first SLO)'],
    ],
    [reject, []],
  ])('lists the changes of case %#', (event, lines) => {
    expect(targetChanges(event.previous_slo, event.new_slo)).toEqual(lines);
  });

  it('names added, removed and window changes', () => {
    const before = modify.previous_slo!;
    const after = {
      ...before,
      window_days: 28,
      targets: { availability: 99.9, latency_p95_ms: 180 },
    };
    expect(targetChanges(before, after)).toEqual([
      'p95 latency: none → 180 ms',
      'p99 latency: 300 ms → none',
      'Window: 30 days → 28 days',
    ]);
    expect(targetChanges(before, before)).toEqual(['Targets unchanged']);
  });
});

describe('deltaLines', () => {
  it.each([
    [
      modify.modification_delta,
      [
        'Availability: +0.05 pp from recommended 99.9',
        'p99 latency: -50 ms from recommended 300',
      ],
    ],
    [null, []],
    [
      {
        window_days: {
          recommended: 30,
          target: 28,
          delta: -2,
          unit: 'days' as const,
          summary: '-2 days from recommended 30',
        },
      },
      ['Window: -2 days from recommended 30'],
    ],
  ])('lists the delta of case %#', (delta, lines) => {
    expect(deltaLines(delta)).toEqual(lines);
  });
});
