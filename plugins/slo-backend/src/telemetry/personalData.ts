import { InputError } from '@backstage/errors';
import { isIPv6 } from 'net';

const EMAIL =
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d.])`);

function containsIPv6(value: string): boolean {
  // Candidate tokens: words made only of hex digits, colons and dots (for
  // the IPv4-mapped form), with at least two colons and one hex digit.
  for (const token of value.split(/[^0-9A-Za-z:.]+/)) {
    const candidate = token.replace(/^\.+|\.+$/g, '');
    if (
      /^[0-9A-Fa-f:.]+$/.test(candidate) &&
      (candidate.match(/:/g)?.length ?? 0) >= 2 &&
      /[0-9A-Fa-f]/.test(candidate) &&
      isIPv6(candidate)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * What kind of personal data `value` seems to contain, or undefined.
 * Label values end up in queries, logs and the database; e-mail and IP
 * addresses have no place there.
 */
export function detectPersonalData(
  value: string,
): 'an e-mail address' | 'an IPv4 address' | 'an IPv6 address' | undefined {
  if (EMAIL.test(value)) return 'an e-mail address';
  if (IPV4.test(value)) return 'an IPv4 address';
  if (containsIPv6(value)) return 'an IPv6 address';
  return undefined;
}

/** Throws an InputError naming the entity and annotation when `value` looks like personal data. */
export function assertNoPersonalData(
  value: string,
  source: { entityRef: string; annotation: string },
): void {
  const kind = detectPersonalData(value);
  if (kind) {
    throw new InputError(
      `${source.entityRef}: annotation ${source.annotation} contains a label value that looks like ${kind}; personal data must not be used as a metric label`,
    );
  }
}
