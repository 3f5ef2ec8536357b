import {
  ApprovalDecisionResponseSchema,
  ApprovalListResponseSchema,
} from '@core/sync/approval-schemas';
import { z } from 'zod';
import type { ConsoleApi } from '../../api/console-api';

export type ApprovalDecision = 'approve' | 'reject' | 'cancel';

export const approvalsApi = (api: ConsoleApi) => ({
  list: () => api.get('/v1/admin/approvals', ApprovalListResponseSchema),
  decide: (id: string, decision: ApprovalDecision) =>
    api.post(`/v1/admin/approvals/${id}/${decision}`, ApprovalDecisionResponseSchema),
  readNotices: () =>
    api.post('/v1/admin/approvals/notices/read', z.object({ read: z.number().int() })),
});
