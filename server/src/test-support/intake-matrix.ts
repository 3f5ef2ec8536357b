/**
 * The intake and assignment routes in the authorisation matrix: supervisors only (laptop or
 * console), every other caller refused before anything is read or written.
 */
import type { MatrixRoute } from './authorization-matrix';
import { onlySupervisor } from './matrix-callers';
import { intakeContent } from './intake-fixtures';

export const intakeMatrix: MatrixRoute[] = [
  {
    route: 'GET /v1/admin/intakes',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/admin/intakes' }),
  },
  {
    route: 'POST /v1/admin/intakes',
    expect: onlySupervisor,
    request: () => ({
      method: 'POST',
      url: '/v1/admin/intakes',
      payload: { content: intakeContent() },
    }),
  },
  {
    route: 'POST /v1/admin/intakes/import',
    expect: onlySupervisor,
    request: () => ({
      method: 'POST',
      url: '/v1/admin/intakes/import',
      payload: { rows: [{ line: 2, content: intakeContent() }] },
    }),
  },
  {
    route: 'GET /v1/admin/intakes/:intakeId',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'GET',
      url: `/v1/admin/intakes/${await ctx.fixtures.intakeId('submitted')}`,
    }),
  },
  {
    route: 'POST /v1/admin/intakes/:intakeId/conflict-checks',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/intakes/${await ctx.fixtures.intakeId('submitted')}/conflict-checks`,
    }),
  },
  {
    route: 'POST /v1/admin/conflict-checks/:checkId/decision',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/conflict-checks/${await ctx.fixtures.undecidedCheckId()}/decision`,
      payload: { decision: 'no_conflict' },
    }),
  },
  {
    route: 'POST /v1/admin/intakes/:intakeId/accept',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/intakes/${await ctx.fixtures.intakeId('cleared')}/accept`,
      payload: {},
    }),
  },
  {
    route: 'POST /v1/admin/intakes/:intakeId/merge',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/intakes/${await ctx.fixtures.intakeId('cleared')}/merge`,
      payload: { caseId: ctx.caseA.id, assignStarter: false },
    }),
  },
  {
    route: 'POST /v1/admin/intakes/:intakeId/decline',
    expect: onlySupervisor,
    request: async (ctx) => ({
      method: 'POST',
      url: `/v1/admin/intakes/${await ctx.fixtures.intakeId('submitted')}/decline`,
      payload: { reason: 'Outside the service area.' },
    }),
  },
  {
    route: 'GET /v1/admin/next-case-reference',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/admin/next-case-reference' }),
  },
  {
    route: 'GET /v1/admin/volunteers',
    expect: onlySupervisor,
    request: () => ({ method: 'GET', url: '/v1/admin/volunteers' }),
  },
  {
    route: 'POST /v1/admin/cases/:caseId/reassign',
    expect: onlySupervisor,
    request: async (ctx) => {
      const { caseId, from, to } = await ctx.fixtures.reassignable();
      return {
        method: 'POST',
        url: `/v1/admin/cases/${caseId}/reassign`,
        payload: { fromUserId: from, toUserId: to },
      };
    },
  },
];
