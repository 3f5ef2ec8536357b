import type { AuditFilter } from '@core/sync/admin-schemas';
import { AuditActionsResponseSchema, AuditPageResponseSchema } from '@core/sync/console-schemas';
import type { ConsoleApi } from '../../api/console-api';

export const auditApi = (api: ConsoleApi) => ({
  page: (filter: AuditFilter, before?: number) =>
    api.get('/v1/admin/audit', AuditPageResponseSchema, { ...filter, before, limit: 50 }),
  actions: async () =>
    (await api.get('/v1/admin/audit/actions', AuditActionsResponseSchema)).actions,
  /** JSON lines, oldest first, with the same filters as the screen. */
  export: (filter: AuditFilter) => api.text('/v1/admin/audit/export', { ...filter }),
});

/** Hands the export to the browser as a download (a file the admin chose to save). */
export function saveJsonLines(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
