import type { CaseOutcome } from '@core/cases/case-outcome';
import type { DashboardFilter, DashboardSort } from '@core/sync/dashboard-schemas';
import {
  CaseClosingResponseSchema,
  DashboardExportResponseSchema,
  DashboardResponseSchema,
  HearingsResponseSchema,
} from '@core/sync/dashboard-schemas';
import type { ConsoleApi, Query } from '../../api/console-api';

/** What the dashboard asks for: the screen's state. */
export interface DashboardState {
  filters: readonly DashboardFilter[];
  q: string;
  volunteer: string;
  sort: DashboardSort;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
}

function asQuery(state: DashboardState, paged = true): Query {
  return {
    filters: state.filters.join(','),
    q: state.q.trim(),
    volunteer: state.volunteer,
    sort: state.sort,
    dir: state.dir,
    ...(paged ? { offset: state.offset, limit: state.limit } : {}),
  };
}

/** The caseload dashboard, the hearings calendar and closing cases (supervisors). */
export const dashboardApi = (api: ConsoleApi) => ({
  page: (state: DashboardState) =>
    api.get('/v1/console/dashboard', DashboardResponseSchema, asQuery(state)),
  exportRows: (state: DashboardState) =>
    api.get('/v1/console/dashboard/export', DashboardExportResponseSchema, asQuery(state, false)),
  hearings: async (from: string, to: string) =>
    (await api.get('/v1/console/hearings', HearingsResponseSchema, { from, to })).hearings,
  close: async (caseId: string, outcome: CaseOutcome) =>
    (
      await api.post(
        `/v1/console/cases/${encodeURIComponent(caseId)}/closing`,
        CaseClosingResponseSchema,
        { outcome },
      )
    ).closing,
  reopen: async (caseId: string, reason: string) =>
    (
      await api.post(
        `/v1/console/cases/${encodeURIComponent(caseId)}/reopen`,
        CaseClosingResponseSchema,
        { reason },
      )
    ).closing,
});

/** Hands a CSV the supervisor asked for to the browser as a download; nothing is kept. */
export function saveCsv(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
