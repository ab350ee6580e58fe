import { SLO_BURN_ALERT } from '../generateAlertRules';
import type {
  GeneratedAlertRules,
  PrometheusAlertingRule,
  SloAlertSpec,
} from '../types';
import { asInputError } from './exportErrors';
import {
  AlertExport,
  AlertExportOptions,
  generatorNotes,
  resolveExportOptions,
} from './exportOptions';
import { assertUniqueNames } from './names';
import {
  SlothAlertWindows,
  slothAlertWindows,
  slothEventQueries,
} from './slothParts';

/** One alert of a Sloth SLO (page or ticket). @public */
export interface SlothAlert {
  disable?: boolean;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** One SLO of a Sloth `prometheus/v1` spec. @public */
export interface SlothSlo {
  name: string;
  description?: string;
  /** Percent, e.g. 99.9. */
  objective: number;
  labels?: Record<string, string>;
  sli: { events: { error_query: string; total_query: string } };
  alerting: {
    name: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    page_alert: SlothAlert;
    ticket_alert: SlothAlert;
  };
}

/** A Sloth `prometheus/v1` spec: the SLOs of one service. @public */
export interface SlothSpec {
  version: 'prometheus/v1';
  service: string;
  labels?: Record<string, string>;
  slos: SlothSlo[];
}

/** What `exportSloth` returns; the alert windows are a separate file. @public */
export type SlothExport = AlertExport<SlothSpec> & {
  /** Window catalogue for `--slo-period-windows-path`, when needed. */
  alertWindows: SlothAlertWindows[];
};

/**
 * Sloth names (service, SLO, and their `<service>-<slo>` id) must match
 * `^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$`.
 */
export function slothName(text: string): string {
  const clean = text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return clean.length >= 2 ? clean : `slo-${clean || 'x'}`;
}

function backstageUrl(generated: GeneratedAlertRules): string | undefined {
  for (const group of generated.ruleFile.groups) {
    for (const rule of group.rules as PrometheusAlertingRule[]) {
      const url = rule.annotations?.backstage_url;
      if (url) return url;
    }
  }
  return undefined;
}

function slothSlo(
  spec: SloAlertSpec,
  service: string,
  generated: GeneratedAlertRules,
): SlothSlo {
  const full = slothName(spec.sloName);
  const name = full.startsWith(`${service}-`)
    ? full.slice(service.length + 1)
    : full;
  const url = backstageUrl(generated);
  const note = generated.metadata.bucketNote
    ? ` Latency bucket: ${generated.metadata.bucketNote}.`
    : '';
  return {
    name: slothName(name),
    description: `SLO ${spec.sloName} of ${spec.entityRef} (${spec.indicator.kind}).${note}`,
    objective: Number((spec.objective * 100).toPrecision(12)),
    labels: { slo: spec.sloName },
    sli: {
      events: asInputError(`SLO ${spec.sloName}`, () =>
        slothEventQueries(spec.indicator),
      ),
    },
    alerting: {
      name: SLO_BURN_ALERT,
      ...(url ? { annotations: { backstage_url: url } } : {}),
      page_alert: { labels: { severity: 'page' } },
      ticket_alert: { labels: { severity: 'ticket' } },
    },
  };
}

/**
 * The `sloth` format: one Sloth `prometheus/v1` spec per entity (and SLO
 * window, because Sloth takes the window from `--default-slo-period`, not
 * from the spec). When a window is not 30 days, whose pairs Sloth has
 * built in, `alertWindows` holds the catalogue that makes Sloth use this
 * engine's window pairs.
 * @public
 */
export function exportSloth(options: AlertExportOptions): SlothExport {
  const { specs, generated } = resolveExportOptions(options);
  const docs = new Map<string, SlothSpec>();
  specs.forEach((spec, i) => {
    const key = `${spec.entityRef}\u0000${spec.windowDays}`;
    let doc = docs.get(key);
    if (!doc) {
      doc = {
        version: 'prometheus/v1',
        service: slothName(spec.entityRef),
        labels: {
          entity_ref: spec.entityRef,
          ...(spec.owner ? { owner: spec.owner } : {}),
        },
        slos: [],
      };
      docs.set(key, doc);
    }
    doc.slos.push(slothSlo(spec, doc.service, generated[i]));
  });
  const documents = [...docs.values()];
  assertUniqueNames(
    'Sloth SLO id',
    documents.flatMap(d =>
      d.slos.map(s => ({
        name: `${d.service}-${s.name}`,
        source: `SLO ${s.labels?.slo}`,
      })),
    ),
  );

  const windows = [...new Set(specs.map(s => s.windowDays))].sort(
    (a, b) => a - b,
  );
  const custom = windows.some(d => d !== 30);
  const alertWindows = custom ? windows.map(slothAlertWindows) : [];
  const notes = [
    `Sloth specs carry no window: generate each with sloth generate --default-slo-period=<days>d (${windows
      .map(d => `${d}d`)
      .join(', ')} here); each document's SLOs share one window.`,
    ...(custom
      ? [
          'Sloth only has built-in window pairs for 28 and 30 days, and its 28-day pairs differ from these; pass the alert-window file with --slo-period-windows-path (it replaces the built-ins, so it lists every window used).',
        ]
      : []),
    'Sloth alerts have no `for:` delay and no minimum-traffic guard, and Sloth writes no absent-metric alert.',
    ...specs.flatMap(s =>
      (s.burnRateType ?? 'static') === 'dynamic'
        ? [
            `${s.sloName}: Sloth burn-rate alerts are static; the traffic-aware thresholds are lost (Sloth's contrib plugin sloth.dev/contrib/denominator_corrected_rules/v1 only damps low-traffic windows).`,
          ]
        : [],
    ),
    ...generatorNotes(generated),
  ];
  return {
    format: 'sloth',
    documents,
    notes,
    alertWindows,
    ...(alertWindows.length > 0
      ? {
          extraFiles: [
            {
              suggestedName: 'sloth-alert-windows.yaml',
              purpose:
                'Sloth alert windows: put in the directory given to --slo-period-windows-path.',
              documents: alertWindows,
            },
          ],
        }
      : {}),
  };
}
