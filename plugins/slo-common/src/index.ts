/**
 * Shared types, API schemas, permissions and pure SLO math of the SLO
 * Recommendation Engine. Imports neither Node nor React: it is bundled into
 * both the backend and the frontend.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './permissions';
export * from './entityRef';
export * from './math';
export * from './annotations';
export * from './graph';
export * from './recommend';
export * from './lifecycle';
export * from './alerts';
export * from './drift';
