/** Command-line options of the generator CLI (parsing only, no I/O). */

export type FleetChoice =
  | { kind: 'demo' }
  | { kind: 'synthetic'; services: number };

export interface CliOptions {
  /** Output file, or '-' for stdout. */
  out: string;
  days: number;
  /** Unix seconds, or 'now'. */
  end: number | 'now';
  stepSeconds: number;
  fineStepSeconds: number;
  fineHours: number;
  seed: number;
  fleet: FleetChoice;
  /** After writing, serve the telemetry continued live on this port (0: any). */
  serve?: number;
  /** With `serve`: write Prometheus' scrape config for the feed here. */
  scrapeConfig?: string;
  help: boolean;
}

export const DEFAULTS: CliOptions = {
  out: '-',
  days: 35,
  end: 'now',
  stepSeconds: 600,
  fineStepSeconds: 60,
  fineHours: 6,
  seed: 42,
  fleet: { kind: 'demo' },
  help: false,
};

export const USAGE = `Usage: cli.ts [options]
  --out <file|->        output file, '-' for stdout (default -)
  --days <n>            days of history (default ${DEFAULTS.days})
  --end <unix|now>      last sample time in Unix seconds (default now: rounded
                        down to the fine step, minus 2 minutes)
  --step <seconds>      spacing of the history (default ${DEFAULTS.stepSeconds})
  --fine-step <seconds> spacing of the last --fine-hours (default ${DEFAULTS.fineStepSeconds})
  --fine-hours <h>      length of the fine tail, 0 for none (default ${DEFAULTS.fineHours})
  --seed <n>            random seed (default ${DEFAULTS.seed})
  --fleet <f>           demo | synthetic:<N> (default demo)
  --serve <port>        after writing, serve the telemetry continued in real
                        time at http://127.0.0.1:<port>/metrics (0: any port)
  --scrape-config <file> with --serve: write the scrape_configs section that
                        makes Prometheus continue the backfilled series
`;

function positive(flag: string, text: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new Error(
      `${flag} needs a ${
        allowZero ? 'non-negative' : 'positive'
      } number, got "${text}"`,
    );
  }
  return value;
}

function parseFleet(text: string): FleetChoice {
  if (text === 'demo') return { kind: 'demo' };
  const match = /^synthetic:(\d+)$/.exec(text);
  if (match && Number(match[1]) > 0)
    return { kind: 'synthetic', services: Number(match[1]) };
  throw new Error(`--fleet must be demo or synthetic:<N>, got "${text}"`);
}

/** Parses argv (without node and script); throws an Error on bad input. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') {
      options.help = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    switch (flag) {
      case '--out':
        options.out = value;
        break;
      case '--days':
        options.days = positive(flag, value);
        break;
      case '--end':
        options.end = value === 'now' ? 'now' : positive(flag, value);
        break;
      case '--step':
        options.stepSeconds = positive(flag, value);
        break;
      case '--fine-step':
        options.fineStepSeconds = positive(flag, value);
        break;
      case '--fine-hours':
        options.fineHours = positive(flag, value, true);
        break;
      case '--seed':
        options.seed = Math.floor(positive(flag, value, true));
        break;
      case '--fleet':
        options.fleet = parseFleet(value);
        break;
      case '--serve':
        options.serve = positive(flag, value, true);
        if (!Number.isInteger(options.serve) || options.serve > 65535)
          throw new Error(`--serve needs a port number, got "${value}"`);
        break;
      case '--scrape-config':
        options.scrapeConfig = value;
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  if (options.scrapeConfig !== undefined && options.serve === undefined) {
    throw new Error('--scrape-config needs --serve');
  }
  return options;
}

/** Spacing of the newest samples. */
export function newestStep(options: CliOptions): number {
  return options.fineHours > 0 && options.fineStepSeconds < options.stepSeconds
    ? options.fineStepSeconds
    : options.stepSeconds;
}

/**
 * The end time: as given, or `now` rounded down to the newest step minus
 * 2 minutes, so the last sample is inside Prometheus' 5-minute lookback.
 */
export function resolveEnd(options: CliOptions, nowSeconds: number): number {
  if (options.end !== 'now') return options.end;
  const step = newestStep(options);
  return Math.floor(nowSeconds / step) * step - 120;
}
