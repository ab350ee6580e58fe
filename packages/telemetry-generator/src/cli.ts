/* eslint-disable no-console */
/**
 * Writes demo or synthetic telemetry as OpenMetrics for promtool backfill:
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     packages/telemetry-generator/src/cli.ts --out .demo/telemetry.om --days 35
 * With `--serve`, it then keeps serving the same telemetry continued in real
 * time, for Prometheus to scrape after the backfill (the demo does).
 */
import {
  createWriteStream,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { CliOptions, parseCliArgs, resolveEnd, USAGE } from './cliArgs';
import { demoFleet } from './demoFleet';
import { Fleet } from './fleet';
import { GenerateOptions, generateSeries, SeriesBlock } from './generate';
import { LiveFeed, tapLastValues } from './liveFeed';
import { liveFeedScrapeConfig, serveLiveFeed } from './liveServer';
import { openMetricsText } from './openmetrics';
import { syntheticFleet } from './syntheticFleet';
import { writeAll } from './writeStream';

function fleetFor(options: CliOptions): Fleet {
  return options.fleet.kind === 'demo'
    ? demoFleet()
    : syntheticFleet({ services: options.fleet.services, seed: options.seed });
}

/** Counts series and samples while passing blocks through. */
function* counted(
  blocks: Iterable<SeriesBlock>,
  stats: { series: Set<string>; samples: number },
) {
  for (const block of blocks) {
    stats.series.add(`${block.name}${JSON.stringify(block.labels)}`);
    stats.samples += block.values.length;
    yield block;
  }
}

export async function main(argv: string[]): Promise<void> {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const began = Date.now();
  const end = resolveEnd(options, Math.floor(Date.now() / 1000));
  const start = end - Math.round(options.days * 86400);
  const history = {
    fleet: fleetFor(options),
    start,
    end,
    stepSeconds: options.stepSeconds,
    fineStepSeconds: options.fineStepSeconds,
    fineWindowSeconds: options.fineHours * 3600,
    seed: options.seed,
  };
  const stats = { series: new Set<string>(), samples: 0 };
  // A live feed continues from the values written, taken on the way.
  const lastValues = new Map<string, number>();
  const blocks = counted(generateSeries(history), stats);
  const text = openMetricsText(
    options.serve === undefined ? blocks : tapLastValues(blocks, lastValues),
  );

  let bytes: number;
  if (options.out === '-') {
    bytes = await writeAll(text, process.stdout);
  } else {
    // Write beside the target and rename, so nobody backfills half a file.
    mkdirSync(dirname(options.out), { recursive: true });
    const partial = `${options.out}.partial`;
    const stream = createWriteStream(partial);
    try {
      bytes = await writeAll(text, stream);
      stream.end();
      await finished(stream);
    } catch (error) {
      stream.destroy();
      rmSync(partial, { force: true });
      throw error;
    }
    renameSync(partial, options.out);
  }
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  const megabytes = (bytes / 1e6).toFixed(1);
  const target = options.out === '-' ? 'stdout' : options.out;
  console.error(
    `telemetry-generator: ${stats.series.size} series, ${stats.samples} samples, ` +
      `${megabytes} MB, start=${start} end=${end}, ${seconds} s -> ${target}`,
  );
  if (options.serve !== undefined) {
    await serveLive(history, lastValues, options.serve, options.scrapeConfig);
  }
}

/** Serves the history continued live; runs until the process is stopped. */
async function serveLive(
  history: GenerateOptions,
  lastValues: ReadonlyMap<string, number>,
  port: number,
  scrapeConfig?: string,
) {
  const feed = LiveFeed.afterHistory(history, lastValues);
  const { server, url } = await serveLiveFeed({ feed, port });
  const { address, port: bound } = server.address() as AddressInfo;
  if (scrapeConfig) {
    // Written last, once the feed answers: its presence means "ready".
    writeFileAtomically(
      scrapeConfig,
      liveFeedScrapeConfig({ target: `${address}:${bound}` }),
    );
  }
  console.error(`telemetry-generator: serving the live feed at ${url}`);
}

function writeFileAtomically(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch(error => {
    console.error(
      `telemetry-generator: ${error instanceof Error ? error.message : error}`,
    );
    console.error(USAGE);
    process.exit(1);
  });
}
