/** Who performs an admin action: a signed-in supervisor or admin, or the server operator's CLI (userId null). */
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../auth/auth-context';

export interface AdminActor {
  orgId: string;
  userId: string | null;
  deviceId: string | null;
  /** The staff console session, for actions taken in the console. */
  sessionId: string | null;
  requestId: string | null;
  /** 'http' or 'cli', recorded in the audit log. */
  via: 'http' | 'cli';
}

export function httpActor(caller: Caller, request: FastifyRequest): AdminActor {
  return {
    orgId: caller.orgId,
    userId: caller.userId,
    deviceId: caller.deviceId,
    sessionId: caller.sessionId,
    requestId: request.id,
    via: 'http',
  };
}

export function cliActor(orgId: string): AdminActor {
  return { orgId, userId: null, deviceId: null, sessionId: null, requestId: null, via: 'cli' };
}

export function auditBase(actor: AdminActor) {
  return {
    orgId: actor.orgId,
    actorId: actor.userId,
    deviceId: actor.deviceId,
    sessionId: actor.sessionId,
    requestId: actor.requestId,
  };
}
