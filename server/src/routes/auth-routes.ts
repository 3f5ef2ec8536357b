/** `/v1/auth/*`: sign-in (registers or re-binds a device), refresh with rotation, sign-out. */
import {
  RefreshRequestSchema,
  RefreshResponseSchema,
  SignInRequestSchema,
  SignInResponseSchema,
  SignOutResponseSchema,
} from '@core/sync/auth-schemas';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { ALL_ROLES, PUBLIC, authOf } from '../app/route-access';
import { meta, perMinute, withErrors } from '../app/route-helpers';
import { refreshTokens, signIn, signOut } from '../auth/auth-service';

export function registerAuthRoutes(app: TypedApp, { db, config }: RouteDeps) {
  app.post(
    '/v1/auth/sign-in',
    {
      config: { access: PUBLIC, rateLimit: perMinute(config.rateLimits.signIn) },
      schema: { body: SignInRequestSchema, response: withErrors({ 200: SignInResponseSchema }) },
    },
    (request) => signIn(db, config, request.body, meta(request)),
  );
  app.post(
    '/v1/auth/refresh',
    {
      config: { access: PUBLIC, rateLimit: perMinute(config.rateLimits.refresh) },
      schema: { body: RefreshRequestSchema, response: withErrors({ 200: RefreshResponseSchema }) },
    },
    (request) => refreshTokens(db, config, request.body, meta(request)),
  );
  app.post(
    '/v1/auth/sign-out',
    {
      config: {
        access: { kind: 'roles', roles: ALL_ROLES },
        rateLimit: perMinute(config.rateLimits.refresh),
      },
      schema: { response: withErrors({ 200: SignOutResponseSchema }) },
    },
    async (request) => {
      await signOut(db, authOf(request), meta(request));
      return { ok: true as const };
    },
  );
}
