import { Adwin } from './adwin';
import { Kswin } from './kswin';
import { PageHinkley } from './pageHinkley';
import { restoreDriftDetector } from './restore';
import { detections, riverFixture } from './__testUtils__/streams';

const stream = riverFixture.streams.docstring_random12345;

describe('restoreDriftDetector', () => {
  it.each([
    ['page-hinkley', () => new PageHinkley(), PageHinkley],
    ['adwin', () => new Adwin(), Adwin],
    ['kswin', () => new Kswin({ alpha: 0.0001, seed: 42 }), Kswin],
  ] as const)(
    'restores a %s detector mid-stream from stored JSON',
    (kind, make, type) => {
      const detector = make();
      detections(detector, stream.slice(0, 1000));
      const stored = JSON.stringify(detector.state());
      const restored = restoreDriftDetector(JSON.parse(stored));
      expect(restored).toBeInstanceOf(type);
      expect(restored.state()).toMatchObject({ kind, version: 1 });
      expect(detections(restored, stream.slice(1000))).toEqual(
        detections(detector, stream.slice(1000)),
      );
    },
  );

  it.each([null, 'adwin', {}, { kind: 'cusum' }])('rejects %j', state => {
    expect(() => restoreDriftDetector(state)).toThrow(RangeError);
  });

  it('rejects a future state version', () => {
    const state = { ...new Adwin().state(), version: 2 };
    expect(() => restoreDriftDetector(state)).toThrow(
      /invalid ADWIN state: version/,
    );
  });
});
