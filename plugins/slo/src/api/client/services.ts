import {
  CycleAlert,
  DependencySubgraph,
  EntityPathParams,
  ImpactAnalysisRequest,
  ImpactAnalysisResponse,
  ReadinessReport,
  readinessReportSchema,
  ServiceSummary,
  serviceSummarySchema,
} from '@slo-engine/plugin-slo-common';
import { ResponseError } from '@backstage/errors';
import { SloApi } from '../SloApi';
import { parseBody, servicePath, SloRequests } from './request';

/** Readiness of the engine; a failing check's 503 carries the report too. */
export async function getReadiness(
  requests: SloRequests,
): Promise<ReadinessReport> {
  const response = await requests.fetch('GET', '/health/ready');
  if (response.status === 503) {
    const body = await response
      .clone()
      .json()
      .catch(() => undefined);
    const parsed = readinessReportSchema.safeParse(body);
    if (parsed.success) return parsed.data;
  }
  if (!response.ok) throw await ResponseError.fromResponse(response);
  return parseBody(
    readinessReportSchema,
    await response.json(),
    'readiness report',
  );
}

export async function getService(
  requests: SloRequests,
  ref: EntityPathParams,
): Promise<ServiceSummary | undefined> {
  const body = await requests.jsonOrUndefined<unknown>(servicePath(ref));
  return body === undefined
    ? undefined
    : parseBody(serviceSummarySchema, body, 'service summary');
}

export function getDependencies(
  requests: SloRequests,
  ref: EntityPathParams,
  options: Parameters<SloApi['getDependencies']>[1] = {},
): Promise<DependencySubgraph> {
  return requests.json('GET', `${servicePath(ref)}/dependencies`, {
    query: {
      direction: options.direction,
      depth: options.depth,
      include_external: options.includeExternal,
    },
  });
}

export async function getCycles(
  requests: SloRequests,
  options: Parameters<SloApi['getCycles']>[0] = {},
): Promise<CycleAlert[]> {
  const body = await requests.json<{ items: CycleAlert[] }>('GET', '/cycles', {
    query: { status: options.status },
  });
  return body.items;
}

export function analyseImpact(
  requests: SloRequests,
  request: ImpactAnalysisRequest,
): Promise<ImpactAnalysisResponse> {
  return requests.json('POST', '/slos/impact-analysis', { body: request });
}
