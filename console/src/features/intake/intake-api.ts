import type { IntakeContent } from '@core/domain/intake';
import { AssignmentResponseSchema, CaseListResponseSchema } from '@core/sync/admin-schemas';
import type { ConflictDecisionRequest } from '@core/sync/intake-schemas';
import {
  ConflictCheckSchema,
  CreateIntakeResponseSchema,
  ImportIntakesResponseSchema,
  IntakeDecisionResponseSchema,
  IntakeDetailSchema,
  IntakeListResponseSchema,
  ReassignResponseSchema,
  VolunteerListResponseSchema,
} from '@core/sync/intake-schemas';
import type { ConsoleApi } from '../../api/console-api';

export type IntakeListState = 'pending' | 'decided' | 'all';

/** The largest batch the server takes in one import request (ImportIntakesRequestSchema). */
export const IMPORT_BATCH = 1000;

export const intakeApi = (api: ConsoleApi) => ({
  list: async (state: IntakeListState) =>
    (await api.get('/v1/admin/intakes', IntakeListResponseSchema, { state })).intakes,
  detail: (id: string) => api.get(`/v1/admin/intakes/${id}`, IntakeDetailSchema),
  create: (content: IntakeContent) =>
    api.post('/v1/admin/intakes', CreateIntakeResponseSchema, { content }),
  import: async (rows: readonly { line: number; content: IntakeContent }[]) =>
    (await api.post('/v1/admin/intakes/import', ImportIntakesResponseSchema, { rows })).intakes,
  runCheck: (id: string) =>
    api.post(`/v1/admin/intakes/${id}/conflict-checks`, ConflictCheckSchema),
  decide: (checkId: string, body: ConflictDecisionRequest) =>
    api.post(`/v1/admin/conflict-checks/${checkId}/decision`, ConflictCheckSchema, body),
  accept: (
    id: string,
    body: { assignTo: string[]; confirmDuplicateANumber: boolean; noteLanguage: 'en' | 'es' },
  ) => api.post(`/v1/admin/intakes/${id}/accept`, IntakeDecisionResponseSchema, body),
  merge: (
    id: string,
    body: { caseId: string; confirmDuplicateANumber: boolean; noteLanguage: 'en' | 'es' },
  ) => api.post(`/v1/admin/intakes/${id}/merge`, IntakeDecisionResponseSchema, body),
  decline: (id: string, reason: string) =>
    api.post(`/v1/admin/intakes/${id}/decline`, IntakeDecisionResponseSchema, { reason }),
  volunteers: async () =>
    (await api.get('/v1/admin/volunteers', VolunteerListResponseSchema)).volunteers,
  cases: async () => (await api.get('/v1/admin/cases', CaseListResponseSchema)).cases,
  assign: (caseId: string, userId: string) =>
    api.post(`/v1/admin/cases/${caseId}/assignments`, AssignmentResponseSchema, { userId }),
  unassign: (caseId: string, userId: string) =>
    api.call('DELETE', `/v1/admin/cases/${caseId}/assignments/${userId}`, {
      schema: AssignmentResponseSchema,
    }),
  reassign: (caseId: string, fromUserId: string, toUserId: string) =>
    api.post(`/v1/admin/cases/${caseId}/reassign`, ReassignResponseSchema, {
      fromUserId,
      toUserId,
    }),
});
export type IntakeApi = ReturnType<typeof intakeApi>;
