import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { RateLimitConfig, RateLimitedRoute } from './readRateLimitConfig';
import { TokenBucket } from './TokenBucket';

/** 429 through Backstage's error handler, which reads `statusCode`. */
export class TooManyRequestsError extends Error {
  readonly name = 'TooManyRequestsError';
  readonly statusCode = 429;
}

const ROUTES: Array<{
  route: RateLimitedRoute;
  method: 'get' | 'post';
  path: string;
  what: string;
  /** Only these calls count, e.g. the ones that regenerate. */
  applies?: (req: express.Request) => boolean;
}> = [
  {
    route: 'ingestion',
    method: 'post',
    path: '/services/dependencies',
    what: 'dependency ingestions',
  },
  {
    route: 'decisions',
    method: 'post',
    path: '/services/:kind/:namespace/:name/slos',
    what: 'SLO decisions',
  },
  {
    route: 'impactAnalysis',
    method: 'post',
    path: '/slos/impact-analysis',
    what: 'impact analyses',
  },
  {
    route: 'regenerations',
    method: 'get',
    path: '/services/:kind/:namespace/:name/slo-recommendations',
    what: 'forced regenerations',
    applies: req => req.query.force_regenerate === 'true',
  },
];

/** Whom a call is counted against: the user, the calling service, or the address. */
async function callerOf(httpAuth: HttpAuthService, req: express.Request) {
  try {
    const { principal } = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    return principal.type === 'user'
      ? principal.userEntityRef
      : `service:${principal.subject}`;
  } catch {
    // The route itself answers 401; count the address meanwhile.
    return `ip:${req.ip}`;
  }
}

function windowText(ms: number) {
  if (ms % 60_000 === 0)
    return ms === 60_000 ? 'minute' : `${ms / 60_000} minutes`;
  return `${ms / 1000} seconds`;
}

/**
 * Registers, ahead of the resource routers, a limiter on each expensive
 * route: calls per caller and window, answered with 429 and `Retry-After`
 * once spent. Every limited call carries `X-RateLimit-Limit`,
 * `X-RateLimit-Remaining` and `X-RateLimit-Reset` (seconds until full).
 */
export function addRateLimits(
  router: express.Router,
  options: { config: RateLimitConfig; httpAuth: HttpAuthService },
) {
  const { config, httpAuth } = options;
  if (!config.enabled) return;
  for (const r of ROUTES) {
    const bucket = new TokenBucket(config.limits[r.route], config.windowMs);
    router[r.method](r.path, async (req, res, next) => {
      if (r.applies && !r.applies(req)) {
        next();
        return;
      }
      const caller = await callerOf(httpAuth, req);
      const d = bucket.take(caller);
      res.setHeader('X-RateLimit-Limit', String(d.limit));
      res.setHeader('X-RateLimit-Remaining', String(d.remaining));
      res.setHeader('X-RateLimit-Reset', String(d.resetSeconds));
      if (!d.allowed) {
        res.setHeader('Retry-After', String(d.retryAfterSeconds));
        throw new TooManyRequestsError(
          `Too many ${r.what} from ${caller}: the limit is ${
            d.limit
          } per ${windowText(config.windowMs)} (slo.rateLimits.${
            r.route
          }); retry in ${d.retryAfterSeconds} s`,
        );
      }
      next();
    });
  }
}
