import { ConfigReader } from '@backstage/config';
import { readDriftConfig } from './readDriftConfig';

const read = (drift: object) =>
  readDriftConfig(new ConfigReader({ slo: { drift } }));

describe('readDriftConfig', () => {
  it('defaults to 1-minute points, a day back and a 2-hour baseline', () => {
    expect(readDriftConfig(new ConfigReader({}))).toEqual({
      enabled: true,
      stepSeconds: 60,
      initialLookbackMs: 86_400_000,
      baselinePoints: 120,
      minEventsPerLatencyPoint: 1000,
    });
  });

  it('reads every key', () => {
    expect(
      read({
        enabled: false,
        step: '10m',
        initialLookback: { days: 10 },
        baselinePoints: 60,
        minEventsPerLatencyPoint: 20,
      }),
    ).toEqual({
      enabled: false,
      stepSeconds: 600,
      initialLookbackMs: 10 * 86_400_000,
      baselinePoints: 60,
      minEventsPerLatencyPoint: 20,
    });
  });

  it.each([
    [{ step: '5s' }, 'step must be whole seconds from 10 seconds to 1 hour'],
    [{ step: '2h' }, 'step must be whole seconds'],
    [
      { baselinePoints: 10 },
      'baselinePoints must be an integer from 30 to 10000',
    ],
    [{ baselinePoints: 40.5 }, 'baselinePoints must be an integer'],
    [
      { minEventsPerLatencyPoint: 0 },
      'minEventsPerLatencyPoint must be an integer from 1',
    ],
    // 120 one-minute points need two hours.
    [
      { initialLookback: '1h' },
      'initialLookback must hold at least baselinePoints (120) steps',
    ],
    [{ initialLookback: { days: 91 } }, 'at most 90 days'],
  ])('rejects %j', (drift, message) => {
    expect(() => read(drift)).toThrow(message);
  });
});
