/**
 * `/v1/console/*`: the staff console's browser sessions (not devices) and the staff directory.
 * Sign-in and refresh answer tokens in the body only: the console keeps them in memory, never in
 * cookies or storage.
 */
import { CaseParamsSchema } from '@core/sync/admin-schemas';
import {
  ConsoleRefreshRequestSchema,
  ConsoleSessionResponseSchema,
  ConsoleSignInRequestSchema,
  ConsoleTokensSchema,
  StaffCaseListResponseSchema,
  StaffCaseViewResponseSchema,
  StaffDirectoryResponseSchema,
} from '@core/sync/console-schemas';
import { SignOutResponseSchema } from '@core/sync/auth-schemas';
import {
  ConsoleEnrolConfirmResponseSchema,
  ConsoleSignInAnswerSchema,
  MfaEnrolmentSchema,
  MfaEnrolStartRequestSchema,
  MfaVerifyRequestSchema,
} from '@core/sync/mfa-schemas';
import { startEnrolment } from '../auth/mfa/mfa-service';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, consoleRoles, PUBLIC, staffOf, staffRoles } from '../app/route-access';
import { meta, perMinute, withErrors, withRetryAfter } from '../app/route-helpers';
import {
  describeSession,
  enrolConsoleAndSignIn,
  refreshConsole,
  signInConsole,
  signInConsoleWithCode,
  signOutConsole,
} from '../auth/staff-session-service';
import { listUsers } from '../repositories/users-repository';
import { listStaffCases, viewStaffCase } from '../summaries/case-summaries-read';

export function registerConsoleRoutes(app: TypedApp, { db, config, signInGuard }: RouteDeps) {
  app.post(
    '/v1/console/sign-in',
    {
      // Limited by the SignInGuard shared with the laptop's sign-in (address and account).
      config: { access: PUBLIC },
      bodyLimit: 8 * 1024,
      schema: {
        body: ConsoleSignInRequestSchema,
        response: withErrors({ 200: ConsoleSignInAnswerSchema }),
      },
    },
    (request, reply) =>
      withRetryAfter(reply, () =>
        signInConsole(db, config, signInGuard, request.body, meta(request)),
      ),
  );
  // The second step (issue 20 #1): a challenge token from sign-in and a code. Not sessions.
  app.post(
    '/v1/console/sign-in/mfa',
    {
      config: { access: PUBLIC },
      bodyLimit: 8 * 1024,
      schema: { body: MfaVerifyRequestSchema, response: withErrors({ 200: ConsoleTokensSchema }) },
    },
    (request, reply) =>
      withRetryAfter(reply, () =>
        signInConsoleWithCode(db, config, signInGuard, request.body, meta(request)),
      ),
  );
  app.post(
    '/v1/console/sign-in/mfa/enrol',
    {
      config: { access: PUBLIC, rateLimit: perMinute(config.rateLimits.signIn) },
      bodyLimit: 8 * 1024,
      schema: {
        body: MfaEnrolStartRequestSchema,
        response: withErrors({ 200: MfaEnrolmentSchema }),
      },
    },
    (request) => startEnrolment(db, config, request.body.challengeToken, 'console'),
  );
  app.post(
    '/v1/console/sign-in/mfa/confirm',
    {
      config: { access: PUBLIC },
      bodyLimit: 8 * 1024,
      schema: {
        body: MfaVerifyRequestSchema,
        response: withErrors({ 200: ConsoleEnrolConfirmResponseSchema }),
      },
    },
    (request, reply) =>
      withRetryAfter(reply, () =>
        enrolConsoleAndSignIn(db, config, signInGuard, request.body, meta(request)),
      ),
  );
  app.post(
    '/v1/console/refresh',
    {
      config: { access: PUBLIC, rateLimit: perMinute(config.rateLimits.refresh) },
      schema: {
        body: ConsoleRefreshRequestSchema,
        response: withErrors({ 200: ConsoleTokensSchema }),
      },
    },
    (request) => refreshConsole(db, config, request.body.refreshToken, meta(request)),
  );
  const sessionRoute = {
    access: consoleRoles('supervisor', 'admin'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  app.post(
    '/v1/console/sign-out',
    { config: sessionRoute, schema: { response: withErrors({ 200: SignOutResponseSchema }) } },
    async (request) => {
      await signOutConsole(db, staffOf(request), meta(request));
      return { ok: true as const };
    },
  );
  app.get(
    '/v1/console/session',
    {
      config: sessionRoute,
      schema: { response: withErrors({ 200: ConsoleSessionResponseSchema }) },
    },
    async (request) => ({ session: await describeSession(db, staffOf(request)) }),
  );
  app.get(
    '/v1/console/directory',
    {
      config: {
        access: staffRoles('supervisor', 'admin'),
        rateLimit: perMinute(config.rateLimits.admin),
      },
      schema: { response: withErrors({ 200: StaffDirectoryResponseSchema }) },
    },
    async (request) => ({
      users: (await listUsers(db, callerOf(request).orgId)).map((user) => ({
        id: user.id,
        displayName: user.displayName,
        role: user.role,
        disabled: user.disabledAt !== null,
      })),
    }),
  );
  const supervisors = {
    access: staffRoles('supervisor'),
    rateLimit: perMinute(config.rateLimits.admin),
  };
  app.get(
    '/v1/console/cases',
    { config: supervisors, schema: { response: withErrors({ 200: StaffCaseListResponseSchema }) } },
    async (request) => ({ cases: await listStaffCases(db, callerOf(request), request.id) }),
  );
  app.get(
    '/v1/console/cases/:caseId',
    {
      config: supervisors,
      schema: {
        params: CaseParamsSchema,
        response: withErrors({ 200: StaffCaseViewResponseSchema }),
      },
    },
    (request) => viewStaffCase(db, callerOf(request), request.params.caseId, request.id),
  );
}
