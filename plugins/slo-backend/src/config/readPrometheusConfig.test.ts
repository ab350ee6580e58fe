import { ConfigReader } from '@backstage/config';
import { readPrometheusConfig } from './readPrometheusConfig';

const read = (prometheus: unknown) =>
  readPrometheusConfig(new ConfigReader({ slo: { prometheus } } as any));

describe('readPrometheusConfig', () => {
  it('is undefined when the section is absent', () => {
    expect(readPrometheusConfig(new ConfigReader({}))).toBeUndefined();
  });

  it('applies defaults and trims trailing slashes', () => {
    expect(read({ baseUrl: 'http://prom:9090/' })).toEqual({
      baseUrl: 'http://prom:9090',
      requestTimeoutMs: 30_000,
      headers: {},
      retry: { attempts: 3, initialDelayMs: 1_000, factor: 2 },
      circuitBreaker: { failureThreshold: 10, resetAfterMs: 30_000 },
    });
  });

  it('reads retry and circuit breaker settings', () => {
    const c = read({
      baseUrl: 'http://p',
      retry: { attempts: 0, initialDelay: 'PT0.5S', factor: 1.5 },
      circuitBreaker: { failureThreshold: 3, resetAfter: { minutes: 1 } },
    });
    expect(c?.retry).toEqual({ attempts: 0, initialDelayMs: 500, factor: 1.5 });
    expect(c?.circuitBreaker).toEqual({
      failureThreshold: 3,
      resetAfterMs: 60_000,
    });
    expect(() =>
      read({ baseUrl: 'http://p', retry: { attempts: -1 } }),
    ).toThrow(/slo\.prometheus\.retry\.attempts/);
    expect(() => read({ baseUrl: 'http://p', retry: { factor: 0.5 } })).toThrow(
      /slo\.prometheus\.retry\.factor/,
    );
    expect(() =>
      read({ baseUrl: 'http://p', circuitBreaker: { failureThreshold: 0 } }),
    ).toThrow(/slo\.prometheus\.circuitBreaker\.failureThreshold/);
    expect(() =>
      read({ baseUrl: 'http://p', circuitBreaker: { resetAfter: 'soon' } }),
    ).toThrow(/slo\.prometheus\.circuitBreaker\.resetAfter/);
  });

  it('builds auth headers; bearer wins over basic', () => {
    expect(
      read({
        baseUrl: 'https://mimir/prometheus',
        requestTimeout: { seconds: 5 },
        basicAuth: { username: 'u', password: 'p' },
        headers: { 'X-Scope-OrgID': 'tenant-1' },
      }),
    ).toEqual({
      baseUrl: 'https://mimir/prometheus',
      requestTimeoutMs: 5_000,
      headers: { 'X-Scope-OrgID': 'tenant-1', Authorization: 'Basic dTpw' },
      retry: expect.anything(),
      circuitBreaker: expect.anything(),
    });
    expect(
      read({
        baseUrl: 'http://p',
        bearerToken: 't',
        basicAuth: { username: 'u', password: 'p' },
      })?.headers,
    ).toEqual({ Authorization: 'Bearer t' });
  });

  it('accepts ISO durations for the timeout', () => {
    expect(
      read({ baseUrl: 'http://p', requestTimeout: 'PT1M' })?.requestTimeoutMs,
    ).toBe(60_000);
  });

  it('names the key of an invalid value', () => {
    expect(() => read({ baseUrl: 'prometheus:9090' })).toThrow(
      /slo\.prometheus\.baseUrl/,
    );
    expect(() => read({ baseUrl: 'ftp://p' })).toThrow(/http or https/);
    expect(() => read({ baseUrl: 'http://p', headers: { a: 1 } })).toThrow(
      /slo\.prometheus\.headers\.a/,
    );
  });
});
