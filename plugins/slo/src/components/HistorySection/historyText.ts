import {
  AuditEventBody,
  ModificationDelta,
  SloBody,
} from '@slo-engine/plugin-slo-common';
import {
  formatDateTime,
  formatMs,
  formatTarget,
  formatTargets,
  sliLabel,
} from '../shared';

/** One audit event in words: a title, and what it meant where needed. */
export interface AuditEventText {
  title: string;
  description?: string;
}

const tierOf = (e: AuditEventBody) =>
  e.selected_tier ? `the ${e.selected_tier} tier` : 'the recommendation';

// The drift job writes `<summary> (changed at <iso>, confirmed at <iso>)`.
const DRIFT = /^(.*) \(changed at (\S+), confirmed at (\S+)\)$/;

function driftDescription(rationale: string | null): string {
  const tail =
    'The recommendation was marked stale and generated again against the new behaviour: review it in the Recommendation section.';
  if (!rationale) return `The service's SLIs changed. ${tail}`;
  const m = DRIFT.exec(rationale);
  if (!m) return `${rationale}. ${tail}`;
  return `${m[1]}. The change started at ${formatDateTime(
    m[2],
  )} and was confirmed at ${formatDateTime(m[3])}. ${tail}`;
}

/** Titles and explanations of each kind of audit event. */
export function describeAuditEvent(e: AuditEventBody): AuditEventText {
  switch (e.action) {
    case 'accept':
      return { title: `Accepted ${tierOf(e)}` };
    case 'modify':
      return { title: `Modified ${tierOf(e)}` };
    case 'reject':
      return {
        title: 'Rejected the recommendation',
        description: 'The active SLO stayed as it was.',
      };
    case 'auto_approve':
      return {
        title: `Auto-approved ${tierOf(e)}`,
        description:
          "An auto-approval rule matched the new recommendation and accepted it like a human accept would. Rules never replace an owner's decision: accepting or modifying a tier by hand ends auto-approval for this entity.",
      };
    case 'expire':
      return {
        title: 'The recommendation expired',
        description:
          'It was not decided in time; a fresh one is generated on the next request.',
      };
    default:
      return {
        title: 'SLI drift detected',
        description: driftDescription(e.rationale),
      };
  }
}

type Field =
  | 'availability'
  | 'latency_p95_ms'
  | 'latency_p99_ms'
  | 'latency_p999_ms'
  | 'window_days';

const FIELDS: [Field, string, (v: number) => string][] = [
  ['availability', sliLabel('availability'), formatTarget],
  ['latency_p95_ms', sliLabel('latency_p95_ms'), formatMs],
  ['latency_p99_ms', sliLabel('latency_p99_ms'), formatMs],
  ['latency_p999_ms', sliLabel('latency_p999_ms'), formatMs],
  ['window_days', 'Window', v => `${v} days`],
];

const valueOf = (slo: SloBody, field: Field) =>
  field === 'window_days' ? slo.window_days : slo.targets[field];

/**
 * Previous → new targets, one line per field that changed; a first SLO is
 * listed whole.
 */
export function targetChanges(
  previous: SloBody | null,
  next: SloBody | null,
): string[] {
  if (!next) return [];
  if (!previous) {
    return [
      `${formatTargets(next.targets).join(', ')} over ${
        next.window_days
      } days (first SLO)`,
    ];
  }
  const lines: string[] = [];
  for (const [field, label, format] of FIELDS) {
    const before = valueOf(previous, field);
    const after = valueOf(next, field);
    if (before === after) continue;
    const show = (v: number | undefined) =>
      v === undefined ? 'none' : format(v);
    lines.push(`${label}: ${show(before)} → ${show(after)}`);
  }
  return lines.length > 0 ? lines : ['Targets unchanged'];
}

/** What a modify changed against the recommended tier, per field. */
export function deltaLines(delta: ModificationDelta | null): string[] {
  if (!delta) return [];
  return FIELDS.flatMap(([field, label]) => {
    const entry = delta[field];
    return entry ? [`${label}: ${entry.summary}`] : [];
  });
}
