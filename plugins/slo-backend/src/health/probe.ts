import { ReadinessCheck } from '@slo-engine/plugin-slo-common';

/** Probes fail rather than hang a readiness request for longer than this. */
export const PROBE_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs `fn` with a timeout and reports how it went and how long it took. */
export async function probe(
  what: string,
  fn: () => Promise<unknown>,
): Promise<ReadinessCheck> {
  const started = performance.now();
  try {
    await withTimeout(fn(), PROBE_TIMEOUT_MS, what);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return {
      status: 'error',
      latencyMs: Math.round(performance.now() - started),
      message: e instanceof Error ? e.message : String(e),
    };
  }
}
