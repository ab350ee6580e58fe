/**
 * Extension points of the SLO Recommendation Engine backend: backend modules
 * use them to add metric sources and dependency-graph sources.
 *
 * @packageDocumentation
 */

export * from './extensionPoints';
export type * from './metricSource';
export type * from './graphSource';
export * from './permissions';
