/** `/v1/admin/users` and `/v1/admin/devices`: admins manage accounts and devices of their organisation. */
import {
  CreateUserRequestSchema,
  CreateUserResponseSchema,
  DeviceListResponseSchema,
  IdParamsSchema,
  ResetPasswordRequestSchema,
  ResetPasswordResponseSchema,
  RevokeDeviceResponseSchema,
  UserListResponseSchema,
} from '@core/sync/admin-schemas';
import { httpActor } from '../admin/admin-actor';
import {
  createUser,
  listOrgDevices,
  listOrgUsers,
  resetPassword,
  revokeOrgDevice,
} from '../admin/accounts-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { authOf, roles } from '../app/route-access';
import { perMinute, withErrors } from '../app/route-helpers';

export function registerAdminAccountRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const routeConfig = { access: roles('admin'), rateLimit: perMinute(config.rateLimits.admin) };
  app.post(
    '/v1/admin/users',
    {
      config: routeConfig,
      schema: {
        body: CreateUserRequestSchema,
        response: withErrors({ 200: CreateUserResponseSchema }),
      },
    },
    (request) => createUser(db, config, httpActor(authOf(request), request), request.body),
  );
  app.get(
    '/v1/admin/users',
    { config: routeConfig, schema: { response: withErrors({ 200: UserListResponseSchema }) } },
    async (request) => ({ users: await listOrgUsers(db, httpActor(authOf(request), request)) }),
  );
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
        httpActor(authOf(request), request),
        request.params.id,
        request.body.password,
      ),
  );
  app.get(
    '/v1/admin/devices',
    { config: routeConfig, schema: { response: withErrors({ 200: DeviceListResponseSchema }) } },
    async (request) => ({ devices: await listOrgDevices(db, httpActor(authOf(request), request)) }),
  );
  app.post(
    '/v1/admin/devices/:id/revoke',
    {
      config: routeConfig,
      schema: { params: IdParamsSchema, response: withErrors({ 200: RevokeDeviceResponseSchema }) },
    },
    async (request) => ({
      device: await revokeOrgDevice(db, httpActor(authOf(request), request), request.params.id),
    }),
  );
}
