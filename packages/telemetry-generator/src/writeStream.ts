import { once } from 'node:events';
import { Writable } from 'node:stream';

/**
 * Writes text pieces to a stream in batches of about `batchBytes`,
 * waiting for 'drain' when the stream asks to. Returns the characters
 * written (= bytes for ASCII output).
 */
export async function writeAll(
  pieces: Iterable<string>,
  out: Writable,
  batchBytes = 1 << 20,
): Promise<number> {
  let written = 0;
  let batch = '';
  const flush = async () => {
    if (batch.length === 0) return;
    written += batch.length;
    const ok = out.write(batch);
    batch = '';
    if (!ok) await once(out, 'drain');
  };
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= batchBytes) await flush();
  }
  await flush();
  return written;
}
