/** Who performs an admin action: a signed-in supervisor or admin, or the server operator's CLI (userId null). */
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/auth-context';

export interface AdminActor {
  orgId: string;
  userId: string | null;
  deviceId: string | null;
  requestId: string | null;
  /** 'http' or 'cli', recorded in the audit log. */
  via: 'http' | 'cli';
}

export function httpActor(auth: AuthContext, request: FastifyRequest): AdminActor {
  return {
    orgId: auth.orgId,
    userId: auth.userId,
    deviceId: auth.deviceId,
    requestId: request.id,
    via: 'http',
  };
}

export function cliActor(orgId: string): AdminActor {
  return { orgId, userId: null, deviceId: null, requestId: null, via: 'cli' };
}

export function auditBase(actor: AdminActor) {
  return {
    orgId: actor.orgId,
    actorId: actor.userId,
    deviceId: actor.deviceId,
    requestId: actor.requestId,
  };
}
