import { Writable } from 'node:stream';
import { writeAll } from './writeStream';

/** A slow sink that asks for drain after every write. */
function sink() {
  const writes: string[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk, _encoding, callback) {
      writes.push(chunk.toString());
      setImmediate(callback);
    },
  });
  return { stream, writes };
}

describe('writeAll', () => {
  it('writes every piece in order, batched, waiting for drain', async () => {
    const { stream, writes } = sink();
    const pieces = Array.from({ length: 100 }, (_, i) => `line ${i}\n`);
    const written = await writeAll(pieces, stream, 64);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(written).toBe(pieces.join('').length);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(100);
  });
});
