import { ChildProcess, execFile, spawn } from 'child_process';
import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { freePort } from './freePort';

const execFileAsync = promisify(execFile);

/** A real Prometheus serving backfilled history on a loopback port. */
export interface RunningPrometheus {
  baseUrl: string;
  /** Stops the server and removes its data directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartPrometheusOptions {
  /** OpenMetrics text (ending with `# EOF`) or the path of such a file. */
  openMetrics: { text: string } | { file: string };
  /** Lets tests tune how long to wait for readiness; default 30 s. */
  readyTimeoutMs?: number;
  /** Appended to prometheus.yml, e.g. a `rule_files:` section. */
  extraConfig?: string;
  /** Extra command-line flags, e.g. `--web.enable-lifecycle`. */
  extraArgs?: string[];
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function waitReady(
  baseUrl: string,
  failure: () => string | undefined,
  ms: number,
) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const failed = failure();
    if (failed) throw new Error(failed);
    try {
      const res = await fetch(`${baseUrl}/-/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`prometheus was not ready within ${ms} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (
    child.pid === undefined ||
    child.exitCode !== null ||
    child.signalCode !== null
  ) {
    return Promise.resolve();
  }
  return new Promise(resolve => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Backfills the given history with `promtool tsdb create-blocks-from
 * openmetrics` into a throw-away directory, starts `prometheus` on it
 * (no scrape targets, so the data stays exactly as written) and waits
 * until it is ready. Call `stop()` in `afterAll`.
 */
export async function startPrometheus(
  options: StartPrometheusOptions,
): Promise<RunningPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'slo-prometheus-'));
  const dataDir = join(dir, 'data');
  let input: string;
  if ('file' in options.openMetrics) {
    input = options.openMetrics.file;
  } else {
    input = join(dir, 'history.om');
    await writeFile(input, options.openMetrics.text);
  }
  try {
    // Blocks larger than the data span: the default 2 h blocks make
    // promtool re-read the input once per block.
    await execFileAsync('promtool', [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '--max-block-duration=8760h',
      '-q',
      input,
      dataDir,
    ]);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    const err = e as { code?: string; stderr?: string; message: string };
    if (err.code === 'ENOENT') {
      throw new Error(
        'promtool is not installed: run scripts/test-all.sh, which installs Debian prometheus',
      );
    }
    throw new Error(`promtool backfill failed: ${err.stderr || err.message}`);
  }

  const configFile = join(dir, 'prometheus.yml');
  await writeFile(
    configFile,
    `global:\n  scrape_interval: 1m\n${options.extraConfig ?? ''}`,
  );
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${dataDir}`,
      // Retention counts from the newest block, and must keep all history.
      '--storage.tsdb.retention.time=3650d',
      `--web.listen-address=127.0.0.1:${port}`,
      ...(options.extraArgs ?? []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  running.add(child);
  let log = '';
  let spawnError: string | undefined;
  child.stderr?.on('data', chunk => {
    log = (log + chunk).slice(-4000);
  });
  child.on('error', e => {
    spawnError =
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'prometheus is not installed: run scripts/test-all.sh, which installs Debian prometheus'
        : `prometheus could not start: ${e.message}`;
  });
  const failure = () =>
    spawnError ??
    (child.exitCode !== null
      ? `prometheus exited with code ${child.exitCode}`
      : undefined);

  const stop = async () => {
    await stopChild(child);
    running.delete(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(baseUrl, failure, options.readyTimeoutMs ?? 30_000);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n${log}`);
  }
  return { baseUrl, stop };
}
