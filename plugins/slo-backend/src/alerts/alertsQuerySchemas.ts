import { z } from 'zod';
import { ALERT_EXPORT_FORMATS } from './export/renderAlertExport';

const download = z
  .enum(['true', 'false'])
  .default('false')
  .transform(v => v === 'true');

const format = z.enum(ALERT_EXPORT_FORMATS).default('prometheus');

export const entityAlertsQuerySchema = z.object({ format, download }).strict();

const ref = (kind: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${kind}:[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*$`, 'i'),
      `must be a full ${kind} ref, e.g. ${kind}:default/name`,
    )
    .transform(v => v.toLocaleLowerCase('en-US'));

export const fleetAlertsQuerySchema = z
  .object({
    format,
    download,
    owner: ref('(?:group|user)').optional(),
    system: ref('system').optional(),
  })
  .strict();
