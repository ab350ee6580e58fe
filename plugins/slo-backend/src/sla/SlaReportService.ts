import { InputError } from '@backstage/errors';
import {
  slaFleetSummary,
  SlaMonthCompliance,
} from '@slo-engine/plugin-slo-common';
import { GraphStore } from '../graph/GraphStore';
import { SlaAnnotationSource } from './catalogSlaAnnotations';
import { FleetFilter, fleetMembers } from './fleetMembers';
import { monthOf, monthsBack, ReportMonth, reportMonth } from './months';
import { monthRow, round6 } from './monthRow';
import { SlaMonthReader } from './SlaMonthReader';
import { SlaTargetService } from './SlaTargetService';
import { SlaTargetStore } from './SlaTargetStore';
import {
  SlaEntityReport,
  SlaFleetMonth,
  SlaFleetReport,
  SlaMonthRow,
} from './types';

const DAY_MS = 86_400_000;

export interface SlaReportServiceDeps {
  targets: SlaTargetService;
  store: Pick<SlaTargetStore, 'list'>;
  annotations: SlaAnnotationSource;
  graph: Pick<GraphStore, 'listNodes'>;
  reader: SlaMonthReader;
  /** How long daily aggregates are kept (`slo.aggregation.dailyRetention`). */
  dailyRetentionMs: number;
  clock: () => Date;
}

export interface FleetQuery extends FleetFilter {
  /** Newest month of the report; the current month when absent. */
  month?: string;
  /** Earlier months to add before `month`. */
  months: number;
}

/**
 * Monthly SLA compliance of one entity or of the fleet, computed from the
 * daily SLI aggregates in UTC months. Every month is measured against the
 * target that applies today.
 */
export class SlaReportService {
  constructor(private readonly deps: SlaReportServiceDeps) {}

  async entityReport(
    entityRef: string,
    query: { months: number },
  ): Promise<SlaEntityReport> {
    const { targets, reader } = this.deps;
    await targets.knownNode(entityRef);
    const target = await targets.effective(entityRef);
    const now = this.deps.clock();
    const rows: SlaMonthRow[] = [];
    for (const month of this.reportable(monthOf(now), query.months, now)) {
      const sums = await reader.sums(
        [entityRef],
        month.start,
        month.measuredUntil,
      );
      rows.push(monthRow(month, target.targetPercent, sums.get(entityRef)).row);
    }
    return {
      service_id: entityRef,
      target_percent: target.targetPercent,
      target_source: target.source,
      generated_at: now.toISOString(),
      months: rows,
    };
  }

  async fleetReport(query: FleetQuery): Promise<SlaFleetReport> {
    const now = this.deps.clock();
    const newest = query.month ?? monthOf(now);
    const months = this.reportable(newest, query.months, now);
    const { declared, skipped } = await fleetMembers(this.deps, query);
    const refs = [...declared.keys()].sort();
    const result: SlaFleetMonth[] = [];
    for (const month of months) {
      const sums = await this.deps.reader.sums(
        refs,
        month.start,
        month.measuredUntil,
      );
      const compliances: SlaMonthCompliance[] = [];
      const entities = refs.map(ref => {
        const { node, target } = declared.get(ref)!;
        const { row, compliance } = monthRow(
          month,
          target.targetPercent,
          sums.get(ref),
        );
        compliances.push(compliance);
        return {
          service_id: ref,
          owner: node.owner ?? null,
          system: node.system ?? null,
          target_source: target.source,
          ...row,
        };
      });
      const summary = slaFleetSummary(compliances);
      result.push({
        month: month.id,
        final: month.closed,
        summary: {
          entities: summary.entities,
          compliant: summary.compliant,
          at_risk: summary.atRisk,
          failed: summary.failed,
          compliance_percent: round6(summary.compliancePercent),
        },
        entities,
      });
    }
    return {
      generated_at: now.toISOString(),
      filters: { owner: query.owner ?? null, system: query.system ?? null },
      months: result,
      skipped,
    };
  }

  /**
   * `newest` and up to `earlier` months before it, newest first, leaving
   * out months that ended before the oldest daily aggregate kept.
   */
  private reportable(newest: string, earlier: number, now: Date) {
    const current = monthOf(now);
    if (newest > current) {
      throw new InputError(
        `Invalid query: month: ${newest} has not started yet; the current month is ${current}`,
      );
    }
    const cutoff = now.getTime() - this.deps.dailyRetentionMs;
    const oldestKept = monthOf(new Date(cutoff));
    const months: ReportMonth[] = monthsBack(newest, earlier + 1)
      .map(id => reportMonth(id, now))
      .filter(m => m.end.getTime() > cutoff);
    if (months.length === 0) {
      throw new InputError(
        `Invalid query: month: ${newest} is older than the daily SLI retention ` +
          `(${Math.round(
            this.deps.dailyRetentionMs / DAY_MS,
          )} days); the oldest month with data is ${oldestKept}`,
      );
    }
    return months;
  }
}
