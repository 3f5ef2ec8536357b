/**
 * `/v1/sync/*`. Push accepts bodies up to the 5 MiB hard limit so that an oversized batch gets a
 * clear 413 `payload_too_large`; the protocol limit of 1 MiB per batch is enforced after parsing.
 */
import { AppError } from '@core/errors/app-error';
import { PUSH_MAX_BYTES } from '@core/sync/protocol-constants';
import {
  CaseSnapshotQuerySchema,
  CaseSnapshotResponseSchema,
  ChecksumsQuerySchema,
  ChecksumsResponseSchema,
  HelloRequestSchema,
  HelloResponseSchema,
  PullQuerySchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
} from '@core/sync/sync-api-schemas';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { ALL_ROLES, authOf, roles } from '../app/route-access';
import { meta, perMinute, withErrors } from '../app/route-helpers';
import { caseSnapshot, visibleChecksums } from '../sync/case-snapshot-service';
import { hello } from '../sync/hello-service';
import { pull } from '../sync/pull-service';
import { push } from '../sync/push-service';

export function registerSyncRoutes(app: TypedApp, { db, config }: RouteDeps) {
  const rateLimit = perMinute(config.rateLimits.sync);
  app.post(
    '/v1/sync/hello',
    {
      config: { access: { kind: 'roles', roles: ALL_ROLES, allowRevokedDevice: true }, rateLimit },
      schema: { body: HelloRequestSchema, response: withErrors({ 200: HelloResponseSchema }) },
    },
    (request) => hello({ db, auth: authOf(request), ...meta(request) }, request.body),
  );
  app.post(
    '/v1/sync/push',
    {
      bodyLimit: config.pushHardLimitBytes,
      // A revoked laptop's last push is kept for review (push-service.ts), then it wipes.
      config: {
        access: { ...roles('attorney', 'supervisor'), allowRevokedDevice: true },
        rateLimit,
      },
      schema: { body: PushRequestSchema, response: withErrors({ 200: PushResponseSchema }) },
      preValidation: async (request) => {
        const length = Number(
          request.headers['content-length'] ??
            Buffer.byteLength(JSON.stringify(request.body ?? null)),
        );
        if (length > PUSH_MAX_BYTES)
          throw new AppError('payload_too_large', 'sync.push.batchTooLarge');
      },
    },
    (request) =>
      push({ db, auth: authOf(request), log: request.log, ...meta(request) }, request.body),
  );
  app.get(
    '/v1/sync/pull',
    {
      config: { access: roles('attorney', 'supervisor'), rateLimit },
      schema: { querystring: PullQuerySchema, response: withErrors({ 200: PullResponseSchema }) },
    },
    (request) => pull({ db, auth: authOf(request), ...meta(request) }, request.query),
  );
  app.get(
    '/v1/sync/checksums',
    {
      config: { access: roles('attorney', 'supervisor'), rateLimit },
      schema: {
        querystring: ChecksumsQuerySchema,
        response: withErrors({ 200: ChecksumsResponseSchema }),
      },
    },
    (request) =>
      visibleChecksums({ db, auth: authOf(request), ...meta(request) }, request.query.cursor),
  );
  app.get(
    '/v1/sync/case',
    {
      config: { access: roles('attorney', 'supervisor'), rateLimit },
      schema: {
        querystring: CaseSnapshotQuerySchema,
        response: withErrors({ 200: CaseSnapshotResponseSchema }),
      },
    },
    (request) => caseSnapshot({ db, auth: authOf(request), ...meta(request) }, request.query),
  );
}
