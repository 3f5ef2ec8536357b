import type { ConflictStatus } from '@core/sync/admin-schemas';
import {
  ApplyQuarantineResponseSchema,
  CaseListResponseSchema,
  ConflictListResponseSchema,
  QuarantineListResponseSchema,
  ResolveConflictResponseSchema,
  ReviewQuarantineResponseSchema,
} from '@core/sync/admin-schemas';
import type { ConsoleApi } from '../../api/console-api';

export const reviewApi = (api: ConsoleApi) => ({
  quarantine: async () =>
    (await api.get('/v1/admin/quarantine', QuarantineListResponseSchema)).items,
  markReviewed: (id: string) =>
    api.post(`/v1/admin/quarantine/${id}/review`, ReviewQuarantineResponseSchema),
  /** Makes a refused change take effect, once, as its author's (after the supervisor's review). */
  apply: (id: string) =>
    api.post(`/v1/admin/quarantine/${id}/apply`, ApplyQuarantineResponseSchema),
  conflicts: async (status?: ConflictStatus) =>
    (await api.get('/v1/admin/conflicts', ConflictListResponseSchema, { status })).items,
  resolve: (id: string, resolution: 'keep_server' | 'use_client' | 'restore') =>
    api.post(`/v1/admin/conflicts/${id}/resolve`, ResolveConflictResponseSchema, { resolution }),
  /** Case references (never names) for the case ids the items carry. */
  references: async () =>
    new Map(
      (await api.get('/v1/admin/cases', CaseListResponseSchema)).cases.map((c) => [
        c.id,
        c.reference,
      ]),
    ),
});
