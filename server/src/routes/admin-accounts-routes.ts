/**
 * `/v1/admin/users`, `/v1/admin/devices` and `/v1/admin/staff-sessions`: admins manage the
 * accounts, laptops and console sessions of their organisation (from a laptop token or the console).
 */
import {
  AccountChangeResponseSchema,
  CreateUserRequestSchema,
  CreateUserResponseSchema,
  DeviceListResponseSchema,
  IdParamsSchema,
  ResetPasswordRequestSchema,
  ResetPasswordResponseSchema,
  DeviceLeaseRequestSchema,
  DeviceLeaseResponseSchema,
  RevokeDeviceResponseSchema,
  UpdateUserRequestSchema,
  UserListResponseSchema,
} from '@core/sync/admin-schemas';
import {
  RevokeStaffSessionResponseSchema,
  StaffSessionListResponseSchema,
} from '@core/sync/console-schemas';
import { httpActor } from '../admin/admin-actor';
import { RoleChangeRequestSchema } from '@core/sync/approval-schemas';
import { changeAccount } from '../admin/account-changes';
import {
  changeRole,
  createUser,
  listOrgDevices,
  listOrgUsers,
  resetMfa,
  resetPassword,
  revokeOrgDevice,
  setOrgDeviceLease,
} from '../admin/accounts-service';
import { listOrgStaffSessions, revokeOrgStaffSession } from '../admin/staff-sessions-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, staffRoles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';

export function registerAdminAccountRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const routeConfig = {
    access: staffRoles('admin'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  app.post(
    '/v1/admin/users',
    {
      config: routeConfig,
      schema: {
        body: CreateUserRequestSchema,
        response: withErrors({ 200: CreateUserResponseSchema }),
      },
    },
    (request) => createUser(db, config, httpActor(callerOf(request), request), request.body),
  );
  app.get(
    '/v1/admin/users',
    { config: routeConfig, schema: { response: withErrors({ 200: UserListResponseSchema }) } },
    async (request) => ({ users: await listOrgUsers(db, httpActor(callerOf(request), request)) }),
  );
  app.patch(
    '/v1/admin/users/:id',
    {
      config: routeConfig,
      schema: {
        params: IdParamsSchema,
        body: UpdateUserRequestSchema,
        response: withErrors({ 200: AccountChangeResponseSchema }),
      },
    },
    (request) =>
      changeAccount(db, httpActor(callerOf(request), request), request.params.id, {
        kind: 'update_profile',
        profile: request.body,
      }),
  );
  for (const kind of ['deactivate', 'reactivate'] as const) {
    app.post(
      `/v1/admin/users/:id/${kind}`,
      {
        config: routeConfig,
        schema: {
          params: IdParamsSchema,
          response: withErrors({ 200: AccountChangeResponseSchema }),
        },
      },
      (request) =>
        changeAccount(db, httpActor(callerOf(request), request), request.params.id, { kind }),
    );
  }
  app.post(
    '/v1/admin/users/:id/reset-password',
    {
      config: routeConfig,
      schema: {
        params: IdParamsSchema,
        body: ResetPasswordRequestSchema,
        response: withErrors({ 200: ResetPasswordResponseSchema }),
      },
    },
    (request) =>
      resetPassword(
        db,
        config,
        httpActor(callerOf(request), request),
        request.params.id,
        request.body.password,
      ),
  );
  // Two-person control: a supervisor or admin role, or a staff account's MFA reset, waits for a
  // second person (outcome `pending_approval`; approval-routes.ts).
  app.post(
    '/v1/admin/users/:id/role',
    {
      config: routeConfig,
      schema: {
        params: IdParamsSchema,
        body: RoleChangeRequestSchema,
        response: withErrors({ 200: AccountChangeResponseSchema }),
      },
    },
    (request) =>
      changeRole(db, httpActor(callerOf(request), request), request.params.id, request.body.role),
  );
  app.post(
    '/v1/admin/users/:id/reset-mfa',
    {
      config: routeConfig,
      schema: {
        params: IdParamsSchema,
        response: withErrors({ 200: AccountChangeResponseSchema }),
      },
    },
    (request) => resetMfa(db, httpActor(callerOf(request), request), request.params.id),
  );
  app.get(
    '/v1/admin/devices',
    { config: routeConfig, schema: { response: withErrors({ 200: DeviceListResponseSchema }) } },
    async (request) => ({
      devices: await listOrgDevices(db, httpActor(callerOf(request), request)),
    }),
  );
  app.post(
    '/v1/admin/devices/:id/revoke',
    {
      config: routeConfig,
      schema: { params: IdParamsSchema, response: withErrors({ 200: RevokeDeviceResponseSchema }) },
    },
    async (request) => ({
      device: await revokeOrgDevice(db, httpActor(callerOf(request), request), request.params.id),
    }),
  );
  app.post(
    '/v1/admin/devices/:id/lease',
    {
      // Supervisors decide how long a volunteer's laptop may stay offline (issue 19 #2).
      config: { ...routeConfig, access: staffRoles('supervisor', 'admin') },
      schema: {
        params: IdParamsSchema,
        body: DeviceLeaseRequestSchema,
        response: withErrors({ 200: DeviceLeaseResponseSchema }),
      },
    },
    async (request) => ({
      device: await setOrgDeviceLease(
        db,
        httpActor(callerOf(request), request),
        request.params.id,
        request.body.days,
      ),
    }),
  );
  app.get(
    '/v1/admin/staff-sessions',
    {
      config: routeConfig,
      schema: { response: withErrors({ 200: StaffSessionListResponseSchema }) },
    },
    async (request) => ({
      sessions: await listOrgStaffSessions(db, httpActor(callerOf(request), request)),
    }),
  );
  app.post(
    '/v1/admin/staff-sessions/:id/revoke',
    {
      config: routeConfig,
      schema: {
        params: IdParamsSchema,
        response: withErrors({ 200: RevokeStaffSessionResponseSchema }),
      },
    },
    async (request) => ({
      session: await revokeOrgStaffSession(
        db,
        httpActor(callerOf(request), request),
        request.params.id,
      ),
    }),
  );
}
