import Ajv, { ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

/*
 * Validators built from the schemas in ../__fixtures__ (sources and
 * commits in its README.md). Upstream files keep their bytes under a `.vendored` suffix,
 * which the repository's prettier check leaves alone. Each validator
 * returns the list of problems, empty when the document passes, so a test
 * can print why a document failed.
 */

type Json = Record<string, any>;
export type Validate = (doc: unknown) => string[];

const FIXTURES = join(__dirname, '..', '__fixtures__');
const read = (...parts: string[]) =>
  readFileSync(join(FIXTURES, ...parts), 'utf8');

function wrap(validate: ValidateFunction): Validate {
  return doc =>
    validate(doc)
      ? []
      : (validate.errors ?? []).map(
          e =>
            `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
        );
}

function both(...validators: Validate[]): Validate {
  return doc => validators.flatMap(v => v(doc));
}

/**
 * Kubernetes prunes unknown fields, and `kubectl apply --validate=strict`
 * rejects them; JSON Schema allows them unless told otherwise. This copy
 * of a CRD schema forbids undeclared fields wherever the CRD lists the
 * fields and does not preserve unknown ones, as strict validation does.
 */
export function strictStructural(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(strictStructural);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) out[k] = strictStructural(v);
  if (
    out.properties &&
    out.additionalProperties === undefined &&
    !out['x-kubernetes-preserve-unknown-fields']
  ) {
    out.additionalProperties = false;
  }
  return out;
}

/** The `openAPIV3Schema` of one version of a CRD document. */
export function crdSchema(crd: Json, version: string): Json {
  const v = crd.spec.versions.find((x: Json) => x.name === version);
  if (!v) throw new Error(`CRD has no version ${version}`);
  return v.schema.openAPIV3Schema;
}

/**
 * Kubernetes checks CRD patterns with Go's RE2, which has inline flags:
 * the PrometheusRule CRD uses `^(?i)(abort|warn)?$`. JavaScript has no
 * `(?i)`, so a leading one becomes the `i` flag.
 */
const goRegExp = Object.assign(
  (pattern: string, flags: string) => {
    const m = /^(\^?)\(\?i\)/.exec(pattern);
    return m
      ? new RegExp(m[1] + pattern.slice(m[0].length), `${flags}i`)
      : new RegExp(pattern, flags);
  },
  { code: 'goRegExp' },
);

function crdValidator(schema: Json): Validate {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    code: { regExp: goRegExp },
  });
  return wrap(ajv.compile(strictStructural(schema)));
}

/** PrometheusRule CRD of prometheus-operator, strict. */
export function prometheusRuleValidator(): Validate {
  const crd = parse(
    read(
      'prometheus-operator',
      'monitoring.coreos.com_prometheusrules.yaml.vendored',
    ),
  );
  return crdValidator(crdSchema(crd, 'v1'));
}

/**
 * Pyrra CRD (strict) plus its webhook rules. With `dynamicBranch`, the CRD
 * also declares `spec.alerting.burnRateType` as the unmerged dynamic
 * burn-rate branch (PR #1602) does; released Pyrra's strict validation
 * rejects that field, which is what the test without the branch shows.
 */
export function pyrraValidator(options: { dynamicBranch: boolean }): Validate {
  const crd = JSON.parse(
    read('pyrra', 'pyrra.dev_servicelevelobjectives.json.vendored'),
  );
  const schema = crdSchema(crd, 'v1alpha1');
  if (options.dynamicBranch) {
    schema.properties.spec.properties.alerting.properties.burnRateType = {
      type: 'string',
      enum: ['static', 'dynamic'],
      default: 'static',
    };
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  const webhook = wrap(
    ajv.compile(JSON.parse(read('pyrra', 'webhook-rules.schema.json'))),
  );
  return both(crdValidator(schema), webhook);
}

/**
 * OpenSLO v1 JSON Schema, with the SLO's `alertPolicies` items in the form
 * the OpenSLO README and Go SDK define (`{alertPolicyRef}` or an inline
 * policy; the vendored schema still has plain names), plus the SDK rules
 * the schema lacks (sdk-rules.schema.json).
 */
export function openSloValidator(): Validate {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const dir = join(FIXTURES, 'openslo', 'v1');
  const files = [
    'openslo.schema.json.vendored',
    ...readdirSync(join(dir, 'parts')).map(f => join('parts', f)),
  ];
  for (const file of files) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (schema.$id.endsWith('/slo-spec.schema.json')) {
      schema.properties.spec.properties.alertPolicies.items = {
        oneOf: [
          {
            type: 'object',
            required: ['alertPolicyRef'],
            additionalProperties: false,
            properties: {
              alertPolicyRef: {
                $ref: 'https://openslo.com/schemas/v1/parts/name.schema.json',
              },
            },
          },
          {
            type: 'object',
            required: ['kind', 'metadata', 'spec'],
            properties: { kind: { const: 'AlertPolicy' } },
            allOf: [
              {
                $ref: 'https://openslo.com/schemas/v1/parts/alertpolicy-spec.schema.json',
              },
            ],
          },
        ],
      };
    }
    ajv.addSchema(schema);
  }
  const main = ajv.getSchema(
    'https://openslo.com/schemas/v1/openslo.schema.json',
  );
  if (!main) throw new Error('OpenSLO schema not loaded');
  const sdk = ajv.compile(JSON.parse(read('openslo', 'sdk-rules.schema.json')));
  return both(wrap(main), wrap(sdk));
}

/** Sloth prometheus/v1 spec and AlertWindows schemas (written from Go). */
export function slothValidators(): { spec: Validate; alertWindows: Validate } {
  const ajv = new Ajv({ strict: false, allErrors: true });
  return {
    spec: wrap(
      ajv.compile(JSON.parse(read('sloth', 'prometheus-v1.schema.json'))),
    ),
    alertWindows: wrap(
      ajv.compile(JSON.parse(read('sloth', 'alert-windows-v1.schema.json'))),
    ),
  };
}
