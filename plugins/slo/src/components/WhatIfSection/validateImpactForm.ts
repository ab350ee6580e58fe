import { ImpactAnalysisRequest } from '@slo-engine/plugin-slo-common';

/** The form's text fields, as typed. */
export interface ImpactFormValues {
  proposed: string;
  current: string;
}

export type ImpactField = keyof ImpactFormValues;
export type ImpactFormErrors = Partial<Record<ImpactField, string>>;

/** A percentage typed by a person: "99.9", " 99,9 " (decimal comma), "99.9%". */
function parsePercent(text: string): number | undefined {
  const cleaned = text.trim().replace(/%$/, '').trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

function checkTarget(text: string, what: string): number | string {
  const value = parsePercent(text);
  if (value === undefined) {
    return `Enter the ${what} in percent, e.g. 99.9`;
  }
  if (value <= 0) return `The ${what} must be above 0%`;
  if (value >= 100) {
    return `The ${what} must be below 100%: a 100% target leaves no error budget`;
  }
  return value;
}

/**
 * Checks the form before it is sent, with the rules of the request schema
 * (targets strictly between 0 and 100), so the common mistakes are caught
 * at the field without a round trip. The current target may stay empty:
 * the backend then takes the active SLO, else the observed availability.
 */
export function validateImpactForm(
  values: ImpactFormValues,
  serviceId: string,
): { request: ImpactAnalysisRequest } | { errors: ImpactFormErrors } {
  const errors: ImpactFormErrors = {};
  const proposed = checkTarget(values.proposed, 'proposed target');
  if (typeof proposed === 'string') errors.proposed = proposed;
  let current: number | string | undefined;
  if (values.current.trim() !== '') {
    current = checkTarget(values.current, 'current target');
    if (typeof current === 'string') errors.current = current;
  }
  if (errors.proposed || errors.current) return { errors };
  return {
    request: {
      service_id: serviceId,
      proposed_change: {
        sli_type: 'availability',
        proposed_target: proposed as number,
        ...(current === undefined ? {} : { current_target: current as number }),
      },
    },
  };
}

/**
 * Spreads a 400 message from the backend over the fields it is about: the
 * backend joins zod issues with "; " ("Invalid body: proposed_change.
 * proposed_target: proposed_target must be below 100%") and names
 * `current_target` when it has no value to start from. The rest is a
 * message for the whole form.
 */
export function serverFieldErrors(message: string): {
  fields: ImpactFormErrors;
  form?: string;
} {
  const fields: ImpactFormErrors = {};
  const rest: string[] = [];
  const issues = message.replace(/^Invalid body:\s*/, '').split(/;\s+/);
  for (const issue of issues) {
    const text = issue.replace(/^proposed_change\.\w+:\s*/, '');
    let field: ImpactField | undefined;
    if (issue.includes('proposed_target')) field = 'proposed';
    else if (issue.includes('current_target')) field = 'current';
    if (field) {
      fields[field] = fields[field] ? `${fields[field]}; ${text}` : text;
    } else {
      rest.push(issue);
    }
  }
  return rest.length > 0 ? { fields, form: rest.join('; ') } : { fields };
}
