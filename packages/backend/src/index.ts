/*
 * The demo backend: only what the SLO engine's portal needs.
 * See docs/development.md for how it is started.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
// Logs catalog processing errors (e.g. an invalid entity in examples/).
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
// SLO decisions for owners and admins only (docs/permissions.md).
backend.add(import('./permissionPolicy'));

// Lets the SLO plugin tell owners about recommendations and auto-approvals.
backend.add(import('@backstage/plugin-notifications-backend'));

backend.add(import('@slo-engine/plugin-slo-backend'));

backend.start();
