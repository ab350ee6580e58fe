import { z } from 'zod';
import { entityRefQuery } from '../graph/entityRefQuery';
import {
  ALERT_EXPORT_FORMATS,
  AlertExportFormat,
} from '@slo-engine/plugin-slo-common';

const download = z
  .enum(['true', 'false'])
  .default('false')
  .transform(v => v === 'true');

const format = z
  .string()
  .default('prometheus')
  .refine(
    (v): v is AlertExportFormat =>
      (ALERT_EXPORT_FORMATS as readonly string[]).includes(v),
    { message: `must be one of ${ALERT_EXPORT_FORMATS.join(', ')}` },
  );

/** Kubernetes namespace of PrometheusRule and Pyrra objects. */
const namespace = z
  .string()
  .regex(
    /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,
    'must be a Kubernetes namespace (lower-case letters, digits and -, at most 63)',
  )
  .optional();

export const entityAlertsQuerySchema = z
  .object({ format, download, namespace })
  .strict();

export const fleetAlertsQuerySchema = z
  .object({
    format,
    download,
    namespace,
    owner: entityRefQuery('group').optional(),
    system: entityRefQuery('system').optional(),
  })
  .strict();
