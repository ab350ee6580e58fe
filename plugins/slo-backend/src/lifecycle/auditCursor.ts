import { InputError } from '@backstage/errors';

// Opaque to clients: the position (audit `seq`) of the last event returned.
const PREFIX = 'audit:';

export function encodeAuditCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new InputError(
      'Invalid cursor: pass next_cursor from the previous page unchanged',
    );
  }
  return seq;
}
