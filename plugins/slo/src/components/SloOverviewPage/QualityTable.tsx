import { DashboardQualityGroup } from '@slo-engine/plugin-slo-common';
import { formatPercent } from '../shared';
import { GroupColumn, GroupRow, GroupTable } from './GroupTable';

/** `12 (60%)`: a count with its share of the human decisions. */
function countWithRate(count: number, rate: number | null) {
  return rate === null ? String(count) : `${count} (${formatPercent(rate, 0)})`;
}

const QUALITY_COLUMNS: GroupColumn<DashboardQualityGroup>[] = [
  { header: 'Decisions', cell: g => g.decisions.human_decisions },
  {
    header: 'Accepted',
    cell: ({ decisions: d }) => countWithRate(d.accept, d.accept_rate),
  },
  {
    header: 'Modified',
    cell: ({ decisions: d }) => countWithRate(d.modify, d.modify_rate),
  },
  {
    header: 'Rejected',
    cell: ({ decisions: d }) => countWithRate(d.reject, d.reject_rate),
  },
  { header: 'Auto-approved', cell: g => g.decisions.auto_approve },
  {
    header: 'Breached windows',
    cell: ({ breaches: b }) =>
      b.completed_windows === 0
        ? 'None judged'
        : `${b.breached_windows} of ${b.completed_windows} (${formatPercent(
            b.breach_rate,
            0,
          )})`,
  },
];

/** Decisions and breached windows per tier or team. */
export function QualityTable(props: {
  title: string;
  groupHeader: string;
  rows: GroupRow<DashboardQualityGroup>[];
}) {
  return <GroupTable {...props} columns={QUALITY_COLUMNS} />;
}
