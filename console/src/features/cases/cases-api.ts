import {
  StaffCaseListResponseSchema,
  StaffCaseViewResponseSchema,
} from '@core/sync/console-schemas';
import { StaffCaseRecordSchema } from '@core/sync/dashboard-schemas';
import type { ConsoleApi } from '../../api/console-api';

/** The case summaries read model (supervisors): every case, and one case with its notes. */
export const casesApi = (api: ConsoleApi) => ({
  list: async () => (await api.get('/v1/console/cases', StaffCaseListResponseSchema)).cases,
  view: (caseId: string) =>
    api.get(`/v1/console/cases/${encodeURIComponent(caseId)}`, StaffCaseViewResponseSchema),
  record: (caseId: string) =>
    api.get(`/v1/console/cases/${encodeURIComponent(caseId)}/record`, StaffCaseRecordSchema),
});
