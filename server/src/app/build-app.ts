/**
 * Assembles the Fastify app: logging, limits, CORS, security headers, route access, rate limits,
 * zod validation and serialisation, the error handler, and every route. No I/O happens here
 * beyond what routes do per request; the caller owns the database.
 */
import { randomUUID } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { SignInGuard } from '../auth/sign-in-guard';
import type { Db } from '../db/db';
import { registerAdminAccountRoutes } from '../routes/admin-accounts-routes';
import { registerAdminCaseRoutes } from '../routes/admin-cases-routes';
import { registerAdminReviewRoutes } from '../routes/admin-review-routes';
import { registerApprovalRoutes } from '../routes/approval-routes';
import { registerAuthRoutes } from '../routes/auth-routes';
import { registerCaseReviewRoutes } from '../routes/case-review-routes';
import { registerConsoleRoutes } from '../routes/console-routes';
import { registerDashboardRoutes } from '../routes/dashboard-routes';
import { registerDocumentRoutes } from '../routes/document-routes';
import { registerHealthRoute } from '../routes/health-route';
import { registerIntakeRoutes } from '../routes/intake-routes';
import { registerOidcRoutes } from '../routes/oidc-routes';
import { registerReviewRoutes } from '../routes/review-routes';
import { registerSyncRoutes } from '../routes/sync-routes';
import { registerWipeReportRoutes } from '../routes/wipe-report-routes';
import type { ServerConfig } from './app-config';
import { toErrorResponse } from './http-errors';
import { installJsonLimits } from './json-limits';
import { loggerOptions } from './logger-options';
import type { RegisteredRoute } from './route-access';
import { installRouteAccess } from './route-access';
import { installSecurityHeaders } from './security-headers';
import type { ConsoleSite } from './console-site';
import { installConsoleSite } from './console-site';
import { installStaticSite, sendSpaFallback } from './static-site';

export interface BuildAppOptions {
  db: Db;
  config: ServerConfig;
  logLevel?: string;
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream;
}

export type App = FastifyInstance & { amparoRoutes: RegisteredRoute[] };
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RouteDeps {
  db: Db;
  config: ServerConfig;
  /** One per app: laptop sign-in, console sign-in and password change count together. */
  signInGuard: SignInGuard;
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { db, config } = options;
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // proxy-addr: X-Forwarded-For is read only when the peer is one of these; request.ip is then
    // the nearest address that is not a trusted proxy.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.code, statusCode: status }, 'request refused');
    return reply.status(status).send(body);
  });
  let consoleSite: ConsoleSite | undefined;
  app.setNotFoundHandler((request, reply) => {
    if (consoleSite?.fallback(request, reply)) return reply;
    if (sendSpaFallback(request, reply, config.staticDir)) return reply;
    return reply.status(404).send({ code: 'not_found', message: 'not_found' });
  });

  await app.register(fastifyCors, {
    origin: (origin, callback) =>
      callback(null, origin ? config.allowedOrigins.includes(origin) : false),
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // The last two: a document's name and hash on its one-request upload (document-routes.ts).
    allowedHeaders: ['authorization', 'content-type', 'x-document-name', 'x-document-sha256'],
    maxAge: 600,
  });
  await app.register(fastifyRateLimit, { global: false });
  installSecurityHeaders(app);
  installJsonLimits(app);
  const routes = installRouteAccess(app, db, config.rateLimits.failedAuth ?? 30);

  const typed = app.withTypeProvider<ZodTypeProvider>();
  const signInGuard = new SignInGuard({
    perAddressPerMinute: config.rateLimits.signIn,
    ...config.signInBackoff,
    onAlert: (details) =>
      app.log.warn({ alert: 'auth.sign_in_burst', ...details }, 'sign-in burst'),
  });
  const deps: RouteDeps = { db, config, signInGuard };
  registerHealthRoute(typed, deps);
  registerAuthRoutes(typed, deps);
  registerSyncRoutes(typed, deps);
  registerCaseReviewRoutes(typed, deps);
  registerWipeReportRoutes(typed, deps);
  registerAdminAccountRoutes(typed, deps);
  registerAdminCaseRoutes(typed, deps);
  registerAdminReviewRoutes(typed, deps);
  registerApprovalRoutes(typed, deps);
  registerConsoleRoutes(typed, deps);
  registerDashboardRoutes(typed, deps);
  registerIntakeRoutes(typed, deps);
  registerReviewRoutes(typed, deps);
  registerDocumentRoutes(typed, deps);
  registerOidcRoutes(typed, deps);
  if (config.staticDir) await installStaticSite(app, config.staticDir);
  if (config.consoleDir) consoleSite = await installConsoleSite(app, config.consoleDir);

  await app.ready();
  const built = app as unknown as App;
  built.amparoRoutes = routes;
  return built;
}
