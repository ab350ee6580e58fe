import {
  AlertExportFormat,
  AlertOverviewResponse,
  AlertReplayResponse,
  EntityPathParams,
} from '@slo-engine/plugin-slo-common';
import { AlertRulesFile } from '../SloApi';
import { servicePath, SloRequests } from './request';

export function getAlertOverview(
  requests: SloRequests,
  ref: EntityPathParams,
): Promise<AlertOverviewResponse> {
  return requests.json('GET', `${servicePath(ref)}/slos/alerts/overview`);
}

export function getAlertReplay(
  requests: SloRequests,
  ref: EntityPathParams,
  options: { lookbackDays?: number } = {},
): Promise<AlertReplayResponse> {
  return requests.json('GET', `${servicePath(ref)}/slos/alert-replay`, {
    query: { lookback_days: options.lookbackDays },
  });
}

/** The rule file as text, named as the backend's download header says. */
export async function getAlertRules(
  requests: SloRequests,
  ref: EntityPathParams,
  format: AlertExportFormat,
): Promise<AlertRulesFile> {
  const response = await requests.send(
    'GET',
    `${servicePath(ref)}/slos/alerts`,
    {
      query: { format, download: true },
    },
  );
  const disposition = response.headers.get('content-disposition') ?? '';
  const named = /filename="?([^";]+)"?/.exec(disposition);
  return {
    format,
    text: await response.text(),
    fileName: named?.[1] ?? `${ref.name}-${format}.yaml`,
  };
}
