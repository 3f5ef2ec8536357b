/**
 * OpenID Connect sign-in (issue 20 #2): the browser's trip to the organisation's provider
 * (`/v1/oidc/start`, `/v1/oidc/callback`, both redirects), the apps' exchange of the one-time code
 * (`/v1/console/oidc/finish`, `/v1/auth/oidc/finish`), and the admin's provider setting.
 */
import { IdParamsSchema } from '@core/sync/admin-schemas';
import {
  ConsoleOidcAnswerSchema,
  LaptopOidcAnswerSchema,
  LaptopOidcFinishRequestSchema,
  OidcAvailabilitySchema,
  OidcCallbackQuerySchema,
  OidcFinishRequestSchema,
  OidcSettingsInputSchema,
  OidcSettingsResponseSchema,
  OidcStartQuerySchema,
  OidcUnlinkResponseSchema,
} from '@core/sync/oidc-schemas';
import { z } from 'zod';
import { httpActor } from '../admin/admin-actor';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { callerOf, PUBLIC, staffRoles } from '../app/route-access';
import { meta, perMinute, withErrors } from '../app/route-helpers';
import { finishFlow, oidcAvailability, startFlow } from '../auth/oidc/oidc-flow';
import { getOidcSettings, putOidcSettings, unlinkIdentities } from '../auth/oidc/oidc-settings';
import { finishConsoleOidc, finishLaptopOidc } from '../auth/oidc/oidc-sign-in';

export function registerOidcRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const signInLimit = { access: PUBLIC, rateLimit: perMinute(config.rateLimits.signIn) };
  app.get(
    '/v1/oidc/availability',
    {
      config: { access: PUBLIC, rateLimit: perMinute(config.rateLimits.refresh) },
      schema: {
        querystring: z.strictObject({ org: z.uuid().optional() }),
        response: withErrors({ 200: OidcAvailabilitySchema }),
      },
    },
    (request) => oidcAvailability(db, request.query.org),
  );
  app.get(
    '/v1/oidc/start',
    {
      config: signInLimit,
      schema: { querystring: OidcStartQuerySchema, response: withErrors({}) },
    },
    async (request, reply) =>
      reply.redirect(await startFlow(db, config, request.query, meta(request))),
  );
  app.get(
    '/v1/oidc/callback',
    {
      config: signInLimit,
      schema: { querystring: OidcCallbackQuerySchema, response: withErrors({}) },
    },
    async (request, reply) => {
      // The URL the provider redirected to, as openid-client must see it (state, code, iss).
      const url = new URL(request.url, config.publicUrl);
      return reply.redirect(await finishFlow(db, config, url, meta(request)));
    },
  );
  app.post(
    '/v1/console/oidc/finish',
    {
      config: signInLimit,
      bodyLimit: 8 * 1024,
      schema: {
        body: OidcFinishRequestSchema,
        response: withErrors({ 200: ConsoleOidcAnswerSchema }),
      },
    },
    (request) => finishConsoleOidc(db, config, request.body, meta(request)),
  );
  app.post(
    '/v1/auth/oidc/finish',
    {
      config: signInLimit,
      bodyLimit: 8 * 1024,
      schema: {
        body: LaptopOidcFinishRequestSchema,
        response: withErrors({ 200: LaptopOidcAnswerSchema }),
      },
    },
    (request) => finishLaptopOidc(db, config, request.body, meta(request)),
  );
  const admins = { access: staffRoles('admin'), rateLimit: perMinute(config.rateLimits.admin) };
  app.get(
    '/v1/admin/oidc',
    { config: admins, schema: { response: withErrors({ 200: OidcSettingsResponseSchema }) } },
    (request) => getOidcSettings(db, config, httpActor(callerOf(request), request)),
  );
  app.post(
    '/v1/admin/oidc',
    {
      config: admins,
      schema: {
        body: OidcSettingsInputSchema,
        response: withErrors({ 200: OidcSettingsResponseSchema }),
      },
    },
    async (request) => {
      const { settings } = await putOidcSettings(
        db,
        config,
        httpActor(callerOf(request), request),
        request.body,
      );
      return { settings, redirectUri: settings.redirectUri };
    },
  );
  app.delete(
    '/v1/admin/users/:id/identities',
    {
      config: admins,
      schema: { params: IdParamsSchema, response: withErrors({ 200: OidcUnlinkResponseSchema }) },
    },
    (request) => unlinkIdentities(db, httpActor(callerOf(request), request), request.params.id),
  );
}
