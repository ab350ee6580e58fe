/*
 * HTTP helpers of the fresh-app check: waiting for a server and calling the
 * fresh app's backend as its guest user.
 */
import { ResponseError } from '@backstage/errors';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Polls `url` until it answers with one of `statuses`. */
export async function waitForUrl(
  url: string,
  { timeoutMs, statuses = [200] }: { timeoutMs: number; statuses?: number[] },
): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      const res = await fetch(url);
      if (statuses.includes(res.status)) return res;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String((e as Error).cause ?? e);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${url} did not answer within ${timeoutMs / 1000} s (last: ${last})`,
      );
    }
    await sleep(2_000);
  }
}

/**
 * A token of the guest user. Apps made by create-app enable the guest
 * provider for development, which is how `yarn start` runs them.
 */
export async function guestToken(backendUrl: string): Promise<string> {
  const res = await fetch(`${backendUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw await ResponseError.fromResponse(res);
  const body = await res.json();
  const token = body?.backstageIdentity?.token;
  if (typeof token !== 'string') {
    throw new Error('the guest refresh answered without a Backstage token');
  }
  return token;
}

/** GET of a JSON body as the guest; fails unless it answers 200. */
export async function getAsGuest(backendUrl: string, path: string) {
  const res = await fetch(`${backendUrl}${path}`, {
    headers: { Authorization: `Bearer ${await guestToken(backendUrl)}` },
  });
  if (res.status !== 200) throw await ResponseError.fromResponse(res);
  return res.json();
}

/** Retries `fn` until it returns without throwing or `timeoutMs` passed. */
export async function retry<T>(
  fn: () => Promise<T>,
  { timeoutMs, intervalMs = 3_000 }: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(intervalMs);
    }
  }
}
