/**
 * `/v1/auth/*`: sign-in (registers or re-binds a device), password change (a one-time password
 * must be replaced before sign-in works), refresh with rotation, sign-out. Sign-in, the console's
 * sign-in and password change share the app's `SignInGuard` (per address and account, before any hash).
 */
import {
  ChangePasswordRequestSchema,
  ChangePasswordResponseSchema,
  RefreshRequestSchema,
  RefreshResponseSchema,
  SignInRequestSchema,
  SignInResponseSchema,
  SignOutResponseSchema,
} from '@core/sync/auth-schemas';
import {
  LaptopEnrolConfirmResponseSchema,
  LaptopSignInAnswerSchema,
  MfaEnrolmentSchema,
  MfaEnrolStartRequestSchema,
  MfaVerifyRequestSchema,
} from '@core/sync/mfa-schemas';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { ALL_ROLES, PUBLIC, authOf } from '../app/route-access';
import { meta, perMinute, withErrors, withRetryAfter } from '../app/route-helpers';
import {
  changePassword,
  enrolAndSignIn,
  refreshTokens,
  signIn,
  signInWithCode,
  signOut,
} from '../auth/auth-service';
import { startEnrolment } from '../auth/mfa/mfa-service';

/** Small bodies: an email, a password or two, a device description. */
const AUTH_BODY_LIMIT = 8 * 1024;

export function registerAuthRoutes(app: TypedApp, { db, config, signInGuard: guard }: RouteDeps) {
  app.post(
    '/v1/auth/sign-in',
    {
      config: { access: PUBLIC },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        body: SignInRequestSchema,
        response: withErrors({ 200: LaptopSignInAnswerSchema }),
      },
    },
    (request, reply) =>
      withRetryAfter(reply, () => signIn(db, config, guard, request.body, meta(request))),
  );
  // The second step (issue 20 #1): a challenge token from sign-in and a code. Not sessions.
  app.post(
    '/v1/auth/sign-in/mfa',
    {
      config: { access: PUBLIC },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: { body: MfaVerifyRequestSchema, response: withErrors({ 200: SignInResponseSchema }) },
    },
    (request, reply) =>
      withRetryAfter(reply, () => signInWithCode(db, config, guard, request.body, meta(request))),
  );
  app.post(
    '/v1/auth/sign-in/mfa/enrol',
    {
      config: { access: PUBLIC, rateLimit: perMinute(config.rateLimits.signIn) },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        body: MfaEnrolStartRequestSchema,
        response: withErrors({ 200: MfaEnrolmentSchema }),
      },
    },
    (request) => startEnrolment(db, config, request.body.challengeToken, 'laptop'),
  );
  app.post(
    '/v1/auth/sign-in/mfa/confirm',
    {
      config: { access: PUBLIC },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        body: MfaVerifyRequestSchema,
        response: withErrors({ 200: LaptopEnrolConfirmResponseSchema }),
      },
    },
    (request, reply) =>
      withRetryAfter(reply, () => enrolAndSignIn(db, config, guard, request.body, meta(request))),
  );
  app.post(
    '/v1/auth/change-password',
    {
      config: { access: PUBLIC },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        body: ChangePasswordRequestSchema,
        response: withErrors({ 200: ChangePasswordResponseSchema }),
      },
    },
    (request, reply) =>
      withRetryAfter(reply, () => changePassword(db, config, guard, request.body, meta(request))),
  );
  app.post(
    '/v1/auth/refresh',
    {
      config: { access: PUBLIC, rateLimit: perMinute(config.rateLimits.refresh) },
      bodyLimit: AUTH_BODY_LIMIT,
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
