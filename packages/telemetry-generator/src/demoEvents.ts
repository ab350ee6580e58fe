import { ServiceSpec } from './fleet';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** What happens to the demo services; offsets are relative to the end. */
export type DemoEvents = Pick<
  ServiceSpec,
  'incidents' | 'deployments' | 'birthOffset'
>;

/**
 * The story of the demo telemetry, by service name: incidents of different
 * lengths, one latency regression and one young service.
 */
export const DEMO_EVENTS: Record<string, DemoEvents> = {
  'payment-gateway': {
    incidents: [
      {
        offset: -5 * DAY - 7 * HOUR,
        durationSeconds: 10 * MINUTE,
        extraErrorRatio: 0.7,
        errorCode: '503',
        description:
          '10 min provider outage; seen in payments, checkout, returns',
      },
    ],
  },
  'orders-db': {
    incidents: [
      {
        offset: -12 * DAY - 3 * HOUR,
        durationSeconds: 2 * HOUR,
        extraErrorRatio: 0.1,
        description: '2 h: connection pool exhausted after an index migration',
      },
    ],
  },
  orders: {
    incidents: [
      {
        offset: -12 * DAY - 3 * HOUR,
        durationSeconds: 2 * HOUR,
        latencyMultiplier: 2.5,
        description: 'slow queries while orders-db was failing',
      },
    ],
  },
  'search-index-primary': {
    incidents: [
      {
        offset: -20 * DAY,
        durationSeconds: DAY,
        extraErrorRatio: 0.04,
        latencyMultiplier: 1.8,
        description:
          '1 day degraded after losing a node; search uses the replica',
      },
    ],
  },
  recommendations: {
    incidents: [
      {
        offset: -3 * DAY - 2 * HOUR,
        durationSeconds: 4 * HOUR,
        extraErrorRatio: 0.6,
        errorCode: '503',
        description: '4 h model-server outage; its callers treat it as soft',
      },
    ],
  },
  checkout: {
    incidents: [
      {
        offset: -26 * DAY + 9 * HOUR,
        durationSeconds: 45 * MINUTE,
        extraErrorRatio: 0.03,
        description: 'bad feature-flag rollout, rolled back after 45 min',
      },
    ],
  },
  notifications: {
    incidents: [
      {
        offset: -15 * DAY,
        durationSeconds: 6 * HOUR,
        extraErrorRatio: 0.05,
        latencyMultiplier: 3,
        description:
          'e-mail provider throttling: 6 h of slow sends and retries',
      },
    ],
  },
  'product-catalog': {
    deployments: [
      {
        offset: -7 * DAY,
        latencyMultiplier: 1.3,
        description:
          'v2.14 looks up prices per item: latency +30 % from here on',
      },
    ],
  },
  reviews: { birthOffset: -10 * DAY },
};
