import { DashboardCoverageCounts } from '@slo-engine/plugin-slo-common';
import { formatPercent } from '../shared';
import { GroupColumn, GroupRow, GroupTable } from './GroupTable';

const COVERAGE_COLUMNS: GroupColumn<DashboardCoverageCounts>[] = [
  { header: 'Entities', cell: c => c.entities },
  { header: 'Active SLO', cell: c => c.active_slo },
  { header: 'Awaiting decision', cell: c => c.awaiting_decision },
  { header: 'Without SLO', cell: c => c.without_slo },
  { header: 'No telemetry', cell: c => c.no_telemetry },
  { header: 'Coverage', cell: c => formatPercent(c.coverage_ratio, 0) },
];

/** Coverage counts per group, the group in the first column. */
export function CoverageTable(props: {
  title: string;
  groupHeader: string;
  rows: GroupRow<DashboardCoverageCounts>[];
}) {
  return <GroupTable {...props} columns={COVERAGE_COLUMNS} />;
}
