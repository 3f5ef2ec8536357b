/**
 * `POST /v1/sync/hello`: versions, lease and wipe. A revoked device is answered (not refused) so
 * that it learns to wipe; its lease is reported as already expired.
 */
import { AppError } from '@core/errors/app-error';
import {
  LEASE_DAYS,
  MIN_PROTOCOL_VERSION,
  MIN_SCHEMA_VERSION,
  PROTOCOL_VERSION,
  SYNC_SCHEMA_VERSION,
} from '@core/sync/protocol-constants';
import type { HelloRequest, HelloResponse, UpgradeAdvice } from '@core/sync/sync-api-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import {
  deviceShare,
  getDevice,
  markWipeSent,
  touchDevice,
} from '../repositories/devices-repository';
import { bumpSyncEpoch, getOrganisation } from '../repositories/organisations-repository';

export function upgradeAdvice(protocolVersion: number, schemaVersion: number): UpgradeAdvice {
  if (protocolVersion < MIN_PROTOCOL_VERSION || schemaVersion < MIN_SCHEMA_VERSION)
    return 'required';
  if (protocolVersion < PROTOCOL_VERSION || schemaVersion < SYNC_SCHEMA_VERSION)
    return 'recommended';
  return 'none';
}

export async function hello(
  ctx: { db: Db; auth: AuthContext; requestId: string },
  request: HelloRequest,
): Promise<HelloResponse> {
  const { db, auth } = ctx;
  if (request.deviceId !== auth.deviceId) throw new AppError('forbidden', 'sync.deviceMismatch');
  const now = new Date();
  const common = {
    serverTime: now.toISOString(),
    protocolVersion: PROTOCOL_VERSION,
    minProtocol: MIN_PROTOCOL_VERSION,
    schemaVersion: SYNC_SCHEMA_VERSION,
    upgrade: upgradeAdvice(request.protocolVersion, request.schemaVersion),
  };
  if (auth.deviceRevoked) {
    const device = await getDevice(db, auth.deviceId);
    await markWipeSent(db, auth.deviceId);
    await appendAudit(db, {
      orgId: auth.orgId,
      actorId: auth.userId,
      deviceId: auth.deviceId,
      requestId: ctx.requestId,
      action: 'device.wipe_sent',
      outcome: 'ok',
    });
    return {
      ...common,
      wipe: true,
      lastAckedSeq: device?.lastAckedSeq ?? 0,
      leaseExpiresAt: now.toISOString(),
    };
  }
  const leaseDays = (await getOrganisation(db, auth.orgId))?.leaseDays ?? LEASE_DAYS;
  const touched = await touchDevice(db, auth.deviceId, request.appVersion, leaseDays);
  const share = await deviceShare(db, auth.deviceId);
  if (request.lastAckedSeq > touched.lastAckedSeq) {
    // The laptop holds acknowledgements this server does not: the server was restored from a
    // backup older than them. The laptop sends that work again; every laptop's cursor may point
    // past this server's history, so all download again (once, however many laptops notice).
    const epoch = await bumpSyncEpoch(db, auth.orgId, RESTORE_BUMP_QUIET_MINUTES);
    await appendAudit(db, {
      orgId: auth.orgId,
      actorId: auth.userId,
      deviceId: auth.deviceId,
      requestId: ctx.requestId,
      action: 'sync.restore_detected',
      outcome: 'ok',
      details: {
        evidence: 'acknowledged_seq',
        deviceAckedSeq: request.lastAckedSeq,
        serverAckedSeq: touched.lastAckedSeq,
        epochBumped: epoch !== null,
      },
    });
  }
  // Read after a restore bump above: the epoch it answers is the new one.
  const org = await getOrganisation(db, auth.orgId);
  return {
    ...common,
    wipe: false,
    lastAckedSeq: touched.lastAckedSeq,
    leaseExpiresAt: touched.leaseExpiresAt.toISOString(),
    share: share.toString('base64'),
    ...(org ? { syncEpoch: org.syncEpoch } : {}),
  };
}

/** Several laptops noticing one restore within this many minutes bump the epoch once. */
export const RESTORE_BUMP_QUIET_MINUTES = 60;
