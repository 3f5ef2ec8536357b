/**
 * The dashboard, calendar, closing and reports routes in the authorisation matrix: supervisors of
 * the organisation only (laptop or console); attorneys and admins refused before anything is read.
 */
import type { MatrixRoute } from './authorization-matrix';
import { onlySupervisor } from './matrix-callers';

export const dashboardMatrix: MatrixRoute[] = [
  {
    route: 'GET /v1/console/dashboard',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/console/dashboard?filters=detained&sort=review' }),
  },
  {
    route: 'GET /v1/console/dashboard/export',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/console/dashboard/export' }),
  },
  {
    route: 'GET /v1/console/hearings',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/console/hearings?from=2026-12-01&to=2026-12-31' }),
  },
  {
    route: 'GET /v1/console/reports',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/console/reports?from=2026-01-01&to=2026-12-31' }),
  },
  {
    route: 'GET /v1/console/cases/:caseId/record',
    expect: onlySupervisor,
    request: (ctx) => ({ method: 'GET', url: `/v1/console/cases/${ctx.caseA.id}/record` }),
  },
  {
    route: 'POST /v1/console/cases/:caseId/closing',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/console/cases/${(await ctx.fixtures.reassignable()).caseId}/closing`,
      payload: { outcome: { kind: 'withdrawn' } },
    }),
  },
  {
    route: 'POST /v1/console/cases/:caseId/reopen',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/console/cases/${await ctx.fixtures.closedCaseId()}/reopen`,
      payload: { reason: 'Closed by mistake' },
    }),
  },
];
