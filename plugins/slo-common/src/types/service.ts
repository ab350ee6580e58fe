import { z } from 'zod';

/**
 * The path segments that identify a catalog entity in our routes:
 * `/services/{kind}/{namespace}/{name}`.
 * Kinds and namespaces are case-insensitive in the catalog, names keep case.
 * @public
 */
export const entityPathParamsSchema = z.object({
  kind: z
    .string()
    .regex(
      /^[a-zA-Z][a-zA-Z0-9]*$/,
      'kind must be alphanumeric, e.g. component',
    ),
  namespace: z
    .string()
    .regex(
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/i,
      'namespace must be a DNS label, e.g. default',
    )
    .max(63),
  name: z
    .string()
    .regex(
      /^[a-z0-9A-Z]([-_.a-z0-9A-Z]*[a-z0-9A-Z])?$/,
      'name must be letters, digits, "-", "_" or "." and start and end with a letter or digit',
    )
    .max(63),
});

/** @public */
export type EntityPathParams = z.infer<typeof entityPathParamsSchema>;

/** What the backend knows about one catalog entity (`GET /services/{kind}/{namespace}/{name}`). @public */
export const serviceSummarySchema = z.object({
  entityRef: z.string(),
  kind: z.string(),
  namespace: z.string(),
  name: z.string(),
  title: z.string().optional(),
  type: z.string().optional(),
  owner: z.string().optional(),
  system: z.string().optional(),
  lifecycle: z.string().optional(),
  /** Placeholder created from a dependency edge, not from the catalog. */
  discovered: z.boolean().optional(),
  external: z.boolean().optional(),
  /** Published availability SLA (ratio) of an external dependency. */
  publishedSla: z.number().optional(),
  /** Problems found in the entity's SLO annotations. */
  issues: z
    .array(z.object({ annotation: z.string(), message: z.string() }))
    .optional(),
});

/** @public */
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

/** Answer of `GET /services`: one page of nodes. @public */
export interface ServiceList {
  items: ServiceSummary[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
}
