import { DEFAULTS, parseCliArgs, resolveEnd } from './cliArgs';

describe('parseCliArgs', () => {
  it('has the documented defaults', () => {
    expect(parseCliArgs([])).toEqual(DEFAULTS);
    expect(DEFAULTS).toMatchObject({
      days: 35,
      stepSeconds: 600,
      fineStepSeconds: 60,
      fineHours: 6,
    });
  });

  it('parses every option', () => {
    expect(
      parseCliArgs([
        '--out',
        'x.om',
        '--days',
        '2',
        '--end',
        '1795270920',
        '--step',
        '300',
        '--fine-step',
        '30',
        '--fine-hours',
        '0',
        '--seed',
        '7',
        '--fleet',
        'synthetic:1500',
      ]),
    ).toEqual({
      out: 'x.om',
      days: 2,
      end: 1795270920,
      stepSeconds: 300,
      fineStepSeconds: 30,
      fineHours: 0,
      seed: 7,
      fleet: { kind: 'synthetic', services: 1500 },
      help: false,
    });
    expect(parseCliArgs(['--help']).help).toBe(true);
  });

  it('parses the live feed options', () => {
    expect(
      parseCliArgs(['--serve', '0', '--scrape-config', 'feed.yml']),
    ).toMatchObject({ serve: 0, scrapeConfig: 'feed.yml' });
    expect(parseCliArgs(['--serve', '9464']).serve).toBe(9464);
  });

  it.each([
    [['--days'], /--days needs a value/],
    [['--days', '-1'], /positive number/],
    [['--step', '0'], /positive number/],
    [['--fleet', 'synthetic:'], /demo or synthetic/],
    [['--fleet', 'big'], /demo or synthetic/],
    [['--frobnicate', '1'], /unknown option --frobnicate/],
    [['--serve', '1.5'], /port number/],
    [['--serve', '70000'], /port number/],
    [['--scrape-config', 'feed.yml'], /--scrape-config needs --serve/],
  ])('rejects %p', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('resolveEnd', () => {
  it('rounds now down to the newest step and steps back 2 minutes', () => {
    // 1795271000 -> 1795270980 (multiple of 60) - 120
    expect(resolveEnd(DEFAULTS, 1795271000)).toBe(1795270860);
    // without a fine tail the history step (600) counts: 1795270800 - 120
    expect(resolveEnd({ ...DEFAULTS, fineHours: 0 }, 1795271000)).toBe(
      1795270680,
    );
  });

  it('keeps an explicit end', () => {
    expect(resolveEnd({ ...DEFAULTS, end: 1234 }, 1795271000)).toBe(1234);
  });
});
