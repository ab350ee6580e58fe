import { AutoApprovalRule } from '@slo-engine/plugin-slo-common';
import { http, HttpResponse } from 'msw';
import { SetupServer } from 'msw/node';
import {
  serializedError,
  SLO_BASE_URL,
} from '../../../__testUtils__/renderSloSection';

const RULES_URL = `${SLO_BASE_URL}/auto-approval-rules`;

/** A rules store behind the msw handlers, as the backend keeps it. */
export function rulesBackend(server: SetupServer, initial: AutoApprovalRule[]) {
  const rules = [...initial];
  const writes: Array<{ method: string; id?: string; body?: unknown }> = [];
  server.use(
    http.get(RULES_URL, () => HttpResponse.json({ items: rules })),
    http.post(RULES_URL, async ({ request }) => {
      const body = (await request.json()) as AutoApprovalRule;
      writes.push({ method: 'POST', body });
      if (rules.some(r => r.name === body.name)) {
        return HttpResponse.json(
          serializedError(
            'ConflictError',
            `an auto-approval rule named "${body.name}" already exists`,
            409,
          ),
          { status: 409 },
        );
      }
      const stored = {
        ...body,
        id: '5b0d8a52-7c1e-4a0f-9d3b-2e6f7a8b9c09',
        created_by: 'user:default/sre-admin',
        created_at: '2026-03-01T12:30:00.000Z',
        updated_by: 'user:default/sre-admin',
        updated_at: '2026-03-01T12:30:00.000Z',
      };
      rules.push(stored);
      return HttpResponse.json(stored, { status: 201 });
    }),
    http.put(`${RULES_URL}/:id`, async ({ request, params }) => {
      const body = (await request.json()) as AutoApprovalRule;
      writes.push({ method: 'PUT', id: String(params.id), body });
      const at = rules.findIndex(r => r.id === params.id);
      rules[at] = { ...rules[at], ...body };
      return HttpResponse.json(rules[at]);
    }),
    http.delete(`${RULES_URL}/:id`, ({ params }) => {
      writes.push({ method: 'DELETE', id: String(params.id) });
      rules.splice(
        rules.findIndex(r => r.id === params.id),
        1,
      );
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return writes;
}
