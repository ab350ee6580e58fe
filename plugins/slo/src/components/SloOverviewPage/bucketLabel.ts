import { DashboardBudgetBucketCount } from '@slo-engine/plugin-slo-common';
import { formatRatio } from '../shared';

/** The consumed-share range of a budget bucket, e.g. `25–50%`. */
export function bucketLabel(bucket: DashboardBudgetBucketCount): string {
  if (bucket.bucket === 'no_data') return 'No data';
  if (bucket.from === null || bucket.from === 0) {
    return `Below ${formatRatio(bucket.to ?? 0, 0)}`;
  }
  if (bucket.to === null) {
    return `${formatRatio(bucket.from, 0)} or more (spent)`;
  }
  return `${Math.round(bucket.from * 100)}–${formatRatio(bucket.to, 0)}`;
}
