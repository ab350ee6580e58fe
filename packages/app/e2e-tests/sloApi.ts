/*
 * The SLO API as the demo's signed-in guest (user:default/guest, a member
 * of team-storefront), for the smoke test's API checks.
 */
export const BACKEND_URL = 'http://localhost:7007';

async function guestToken(): Promise<string> {
  const refresh = await fetch(`${BACKEND_URL}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  return (await refresh.json()).backstageIdentity.token;
}

/** Calls `/api/slo{path}`; returns the status and the JSON body. */
export async function sloCall(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${BACKEND_URL}/api/slo${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await guestToken()}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** GET that must succeed. */
export async function sloGet(path: string) {
  const { status, body } = await sloCall('GET', path);
  if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
  return body;
}

/** GET of a non-JSON body (e.g. a rule file) that must succeed. */
export async function sloText(path: string): Promise<string> {
  const res = await fetch(`${BACKEND_URL}/api/slo${path}`, {
    headers: { Authorization: `Bearer ${await guestToken()}` },
  });
  const text = await res.text();
  if (res.status !== 200) {
    throw new Error(`GET ${path} answered ${res.status}: ${text}`);
  }
  return text;
}
