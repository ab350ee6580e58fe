import { Link } from '@backstage/core-components';
import { DocsHint, formatDateTime, SloSectionEmpty } from '../shared';
import { describeFleetFilter, FleetFilterValues } from './fleetFilter';

/** Before the first dashboard refresh every figure is zero: say why. */
export const NOT_COMPUTED_YET: SloSectionEmpty = {
  title: 'The SLO dashboard has not been computed yet',
  description: (
    <>
      The SLO backend's scheduled task <code>slo-dashboard-refresh</code>{' '}
      computes these figures after each recommendation run and SLO decision, and
      every 15 minutes unless <code>slo.schedule.dashboardRefresh</code> says
      otherwise. Try again after its first run; see{' '}
      <DocsHint page="dashboard.md" />.
    </>
  ),
};

/** Nothing matches the page's filters: help fix them. */
export function noMatch(
  what: string,
  filter: FleetFilterValues,
): SloSectionEmpty {
  return {
    title: `No ${what} for ${describeFleetFilter(filter)}`,
    description: (
      <>
        Filters take a bare name or a full ref: <code>team-checkout</code> is{' '}
        <code>group:default/team-checkout</code>, <code>checkout</code> is{' '}
        <code>system:default/checkout</code>. Check the spelling, or{' '}
        <Link to="?">clear the filters</Link>.
      </>
    ),
  };
}

/** "Computed 1 Mar 2026, 14:00 UTC", the time of the refresh shown. */
export function computedAt(iso: string | null | undefined) {
  return iso ? `Computed ${formatDateTime(iso)}` : undefined;
}
