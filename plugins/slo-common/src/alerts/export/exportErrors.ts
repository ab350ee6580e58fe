import { ZodError } from 'zod';

/*
 * slo-common cannot depend on @backstage/errors (it is bundled into the
 * frontend too), so these classes carry the same `name` as InputError and
 * ConflictError: Backstage's error middleware maps errors to HTTP statuses by
 * name, which makes them 400 and 409 responses rather than 500s.
 */

/**
 * The export request cannot be converted as given (bad option, a spec the
 * target format cannot express). Answered as HTTP 400.
 * @public
 */
export class AlertExportInputError extends Error {
  readonly name = 'InputError';
}

/**
 * Two SLOs of one export would produce the same object name or rule group.
 * Answered as HTTP 409.
 * @public
 */
export class AlertExportConflictError extends Error {
  readonly name = 'ConflictError';
}

function describeZodError(error: ZodError): string {
  return error.issues
    .map(issue => {
      const path = issue.path.join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Runs `fn`, turning the validation errors of the rule generator (TypeError,
 * RangeError) and of zod into AlertExportInputError.
 */
export function asInputError<T>(context: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ZodError) {
      throw new AlertExportInputError(`${context}: ${describeZodError(error)}`);
    }
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new AlertExportInputError(`${context}: ${error.message}`);
    }
    throw error;
  }
}
