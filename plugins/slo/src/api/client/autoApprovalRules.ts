import {
  AutoApprovalRule,
  AutoApprovalRuleInput,
} from '@slo-engine/plugin-slo-common';
import { SloRequests } from './request';

const rulePath = (id: string) =>
  `/auto-approval-rules/${encodeURIComponent(id)}`;

export async function listAutoApprovalRules(
  requests: SloRequests,
): Promise<AutoApprovalRule[]> {
  const body = await requests.json<{ items: AutoApprovalRule[] }>(
    'GET',
    '/auto-approval-rules',
  );
  return body.items;
}

export function createAutoApprovalRule(
  requests: SloRequests,
  rule: AutoApprovalRuleInput,
): Promise<AutoApprovalRule> {
  return requests.json('POST', '/auto-approval-rules', { body: rule });
}

export function updateAutoApprovalRule(
  requests: SloRequests,
  id: string,
  rule: AutoApprovalRuleInput,
): Promise<AutoApprovalRule> {
  return requests.json('PUT', rulePath(id), { body: rule });
}

export async function deleteAutoApprovalRule(
  requests: SloRequests,
  id: string,
): Promise<void> {
  await requests.send('DELETE', rulePath(id));
}
