import { z } from 'zod';
import { generateAlertRules } from '../generateAlertRules';
import { indicatorQueries } from '../indicators';
import type { GeneratedAlertRules, SloAlertSpec } from '../types';
import { AlertExportInputError, asInputError } from './exportErrors';
import type { AlertExportFormat } from './exportFormats';
import { DNS_LABEL, K8S_LABEL_VALUE, isK8sQualifiedName } from './names';

/**
 * What every converter takes: the specs of one entity's active SLO, or of
 * all active SLOs of a team or system (a fleet export).
 * @public
 */
export interface AlertExportOptions {
  specs: SloAlertSpec[];
  /**
   * Rules already generated for `specs`, in the same order, so the caller
   * does not generate them twice. Generated here when absent.
   */
  generated?: GeneratedAlertRules[];
  /**
   * What the file is about, e.g. `component:default/checkout` or
   * `group:default/payments`; names the PrometheusRule. Defaults to the
   * entity ref (one entity) or the shared owner ref (a fleet).
   */
  name?: string;
  /** Kubernetes namespace of the PrometheusRule and Pyrra objects. */
  namespace?: string;
  /**
   * Extra Kubernetes labels for the PrometheusRule and Pyrra objects, e.g.
   * `prometheus: k8s` or `role: alert-rules`, which Prometheus operators
   * select rule objects by.
   */
  labels?: Record<string, string>;
}

/**
 * A file that belongs next to the export but cannot share its file, e.g.
 * Sloth's alert-window catalogue.
 * @public
 */
export interface AlertExportExtraFile {
  suggestedName: string;
  /** One sentence: what the file is for and where it goes. */
  purpose: string;
  documents: object[];
}

/**
 * The output of a converter: plain JSON-compatible documents, one YAML
 * document each, plus caveats for the reader of the file.
 * @public
 */
export interface AlertExport<TDocument extends object = object> {
  format: AlertExportFormat;
  documents: TDocument[];
  /** One line each: what the format could not express, bucket choices. */
  notes: string[];
  extraFiles?: AlertExportExtraFile[];
}

const matcherSchema = z.object({
  name: z.string().min(1),
  op: z.enum(['=', '!=', '=~', '!~']),
  value: z.string(),
});
const selectorSchema = z.object({
  metric: z.string().min(1),
  matchers: z.array(matcherSchema).optional(),
});
const thresholdSchema = z.number().positive().finite();

const indicatorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratio'),
    total: selectorSchema,
    errors: selectorSchema.optional(),
    good: selectorSchema.optional(),
  }),
  z.object({
    kind: z.literal('latency-classic'),
    bucketMetric: z.string().min(1),
    matchers: z.array(matcherSchema).optional(),
    thresholdSeconds: thresholdSchema,
    buckets: z.array(z.number()).optional(),
  }),
  z.object({
    kind: z.literal('latency-native'),
    metric: z.string().min(1),
    matchers: z.array(matcherSchema).optional(),
    thresholdSeconds: thresholdSchema,
  }),
  z.object({
    kind: z.literal('boolean-gauge'),
    metric: z.string().min(1),
    matchers: z.array(matcherSchema).optional(),
  }),
]);

const specSchema = z.object({
  sloName: z.string().min(1),
  entityRef: z.string().min(1),
  owner: z.string().min(1).optional(),
  windowDays: z.number().int().min(1).max(366),
  objective: z.number().gt(0).lt(1),
  indicator: indicatorSchema,
  burnRateType: z.enum(['static', 'dynamic']).optional(),
  minTrafficEvents: z.number().min(0).finite().optional(),
  backstageBaseUrl: z.string().optional(),
});

const optionsSchema = z.object({
  specs: z.array(specSchema).min(1, 'at least one SLO spec is needed'),
  generated: z.array(z.unknown()).optional(),
  name: z.string().min(1).max(253).optional(),
  namespace: z
    .string()
    .regex(DNS_LABEL, 'must be a lower-case RFC 1123 label')
    .optional(),
  labels: z
    .record(
      z.string().refine(isK8sQualifiedName, 'not a Kubernetes label key'),
      z.string().max(63).regex(K8S_LABEL_VALUE, 'not a Kubernetes label value'),
    )
    .optional(),
});

/** The options after validation, with rules for every spec. */
export interface ResolvedExportOptions extends AlertExportOptions {
  generated: GeneratedAlertRules[];
  name: string;
}

function defaultName(specs: SloAlertSpec[]): string {
  const entities = new Set(specs.map(s => s.entityRef));
  if (entities.size === 1) return specs[0].entityRef;
  const owners = new Set(specs.map(s => s.owner ?? ''));
  const [owner] = [...owners];
  return owners.size === 1 && owner ? owner : 'fleet';
}

/**
 * Validates the options and generates the rules of every spec (or checks
 * the ones passed in belong to the specs, in order).
 */
export function resolveExportOptions(
  options: AlertExportOptions,
): ResolvedExportOptions {
  asInputError('invalid export options', () => optionsSchema.parse(options));
  const { specs } = options;
  let generated: GeneratedAlertRules[];
  if (options.generated) {
    for (const spec of specs) {
      asInputError(`SLO ${spec.sloName}`, () =>
        indicatorQueries(spec.indicator),
      );
    }
    generated = options.generated;
    const mismatch =
      generated.length !== specs.length ||
      generated.some((g, i) => g.metadata?.sloName !== specs[i].sloName);
    if (mismatch) {
      throw new AlertExportInputError(
        'generated rules must belong to the specs, one per spec in the same order',
      );
    }
  } else {
    generated = specs.map(spec =>
      asInputError(`SLO ${spec.sloName}`, () => generateAlertRules(spec)),
    );
  }
  return {
    ...options,
    generated,
    name: options.name ?? defaultName(specs),
  };
}

/** Bucket choices and similar, one line per SLO that has any. */
export function generatorNotes(generated: GeneratedAlertRules[]): string[] {
  return generated.flatMap(g =>
    g.metadata.bucketNote
      ? [`${g.metadata.sloName}: ${g.metadata.bucketNote}`]
      : [],
  );
}
