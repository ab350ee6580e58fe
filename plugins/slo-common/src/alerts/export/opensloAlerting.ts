import { parsePromDuration, promqlNumber } from '../promql';
import type { BurnRateWindowPair, SloAlertSpec } from '../types';
import { dnsLabel } from './names';
import type { OpenSloDocument } from './opensloTypes';
import { SLO_ENGINE_K8S_PREFIX as P } from './prometheusOperator';

const SEVERITIES = ['page', 'ticket'] as const;

/** Name of the shared notification target of a severity. */
export const notificationTargetName = (severity: string) =>
  `slo-engine-${severity}`;

/**
 * OpenSLO's duration shorthand is one number and one unit (`90m`, not
 * `1h30m`), so a window is written in the largest unit that divides it.
 */
export function openSloDuration(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0)
      return `${seconds / size}${unit}`;
  }
  throw new RangeError(
    `OpenSLO durations are whole minutes, got ${seconds} seconds`,
  );
}

/** `1/48` for unit fractions that have no short decimal, else the number. */
function fractionText(value: number): string {
  const inverse = Math.round(1 / value);
  return promqlNumber(value).length > 6 && Math.abs(1 / value - inverse) < 1e-9
    ? `1/${inverse}`
    : promqlNumber(value);
}

/** Severity → an AlertNotificationTarget; Alertmanager routes on labels. */
export function openSloNotificationTargets(
  specs: SloAlertSpec[],
): OpenSloDocument[] {
  if (specs.length === 0) return [];
  return SEVERITIES.map(severity => ({
    apiVersion: 'openslo/v1',
    kind: 'AlertNotificationTarget',
    metadata: { name: notificationTargetName(severity) },
    spec: {
      target: 'alertmanager',
      description: `Alerts of severity ${severity}; Alertmanager routes them on the severity="${severity}" label, like the Prometheus rules of the same SLOs.`,
    },
  }));
}

/**
 * One AlertCondition and one AlertPolicy per window pair. The condition is
 * the long window's burn rate above the pair's static factor for the pair's
 * `for`; what OpenSLO cannot say (short window, dynamic threshold, traffic
 * guard) is written into annotations and descriptions.
 */
export function openSloAlertDocuments(
  spec: SloAlertSpec,
  pairs: BurnRateWindowPair[],
): { documents: OpenSloDocument[]; policyNames: string[] } {
  const dynamic = (spec.burnRateType ?? 'static') === 'dynamic';
  const minTraffic = spec.minTrafficEvents ?? 0;
  const budget = promqlNumber(1 - spec.objective);
  const documents: OpenSloDocument[] = [];
  const policyNames: string[] = [];
  for (const pair of pairs) {
    const conditionName = dnsLabel(`${spec.sloName}-burn-${pair.long}`);
    const policyName = dnsLabel(
      `${spec.sloName}-${pair.severity}-${pair.long}`,
    );
    const share = `${Number((pair.budgetFraction * 100).toPrecision(3))}%`;
    documents.push({
      apiVersion: 'openslo/v1',
      kind: 'AlertCondition',
      metadata: {
        name: conditionName,
        annotations: { [`${P}short-window`]: pair.short },
      },
      spec: {
        description: `Burn rate over ${pair.long} above ${promqlNumber(
          pair.factor,
        )} (${share} of the ${
          spec.windowDays
        }-day budget); the Prometheus rules also require the ${
          pair.short
        } window above it.`,
        severity: pair.severity,
        condition: {
          kind: 'burnrate',
          op: 'gt',
          threshold: pair.factor,
          lookbackWindow: openSloDuration(pair.longSeconds),
          alertAfter: openSloDuration(parsePromDuration(pair.for)),
        },
      },
    });
    const annotations: Record<string, string> = {
      [`${P}burn-rate-type`]: dynamic ? 'dynamic' : 'static',
    };
    if (dynamic) {
      annotations[`${P}dynamic-threshold`] =
        `error ratio > (events in ${spec.windowDays}d / events in ${
          pair.long
        }) × ${fractionText(pair.budgetFraction)} × ${budget}; ` +
        `the condition's threshold ${promqlNumber(
          pair.factor,
        )} is its value under steady traffic only`;
    }
    if (minTraffic > 0) {
      annotations[`${P}min-traffic-events`] = promqlNumber(minTraffic);
    }
    documents.push({
      apiVersion: 'openslo/v1',
      kind: 'AlertPolicy',
      metadata: {
        name: policyName,
        labels: { 'burn-rate-type': dynamic ? 'dynamic' : 'static' },
        annotations,
      },
      spec: {
        description: dynamic
          ? `${pair.long}/${pair.short} ${pair.severity} alert of SLO ${spec.sloName}. The engine uses a traffic-aware (dynamic) threshold here, which OpenSLO cannot express: the static factor below is only its steady-traffic value.`
          : `${pair.long}/${pair.short} ${pair.severity} alert of SLO ${spec.sloName}.`,
        // No data should open a ticket, never page, as the absent alert does.
        alertWhenNoData: pair.severity === 'ticket',
        alertWhenResolved: false,
        alertWhenBreaching: true,
        conditions: [{ conditionRef: conditionName }],
        notificationTargets: [
          { targetRef: notificationTargetName(pair.severity) },
        ],
      },
    });
    policyNames.push(policyName);
  }
  return { documents, policyNames };
}
