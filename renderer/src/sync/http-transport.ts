import { AppError, AppErrorShapeSchema } from '@core/errors/app-error';
import { ResolveConflictResponseSchema } from '@core/sync/admin-schemas';
import {
  CaseConflictsResponseSchema,
  RecoverConflictsResponseSchema,
  WipeReportResponseSchema,
  type CaseConflictsResponse,
  type RecoveredConflict,
  type WipeReport,
} from '@core/sync/review-schemas';
import {
  RefreshResponseSchema,
  SignInResponseSchema,
  type SignInRequest,
  type SignInResponse,
  type TokenPair,
} from '@core/sync/auth-schemas';
import {
  CaseSnapshotResponseSchema,
  ChecksumsResponseSchema,
  HelloResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  type CaseSnapshotResponse,
  type ChecksumsResponse,
  type HelloRequest,
  type HelloResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '@core/sync/sync-api-schemas';
import {
  LaptopEnrolConfirmResponseSchema,
  LaptopSignInAnswerSchema,
  MfaEnrolmentSchema,
  isMfaChallenge,
  type LaptopSignInAnswer,
  type MfaEnrolment,
  type MfaVerifyRequest,
} from '@core/sync/mfa-schemas';
import type { LaptopOidcAnswer, LaptopOidcFinishRequest } from '@core/sync/oidc-schemas';
import { LaptopOidcAnswerSchema, isOidcLinkAnswer } from '@core/sync/oidc-schemas';
import type { z } from 'zod';
import { createDocumentTransport, type DocumentTransport } from './document-transport';
import type { RefreshLock } from './refresh-lock';

/** The network is unreachable or the server did not answer: retry later, nothing is wrong locally. */
export class NetworkError extends Error {
  constructor(message = 'network_unavailable') {
    super(message);
    this.name = 'NetworkError';
  }
}

export interface TokenStore {
  read(): Promise<TokenPair | null>;
  save(pair: TokenPair): Promise<void>;
  /**
   * Throws if a new pair could not be stored now (a full disk). Checked before a refresh: the
   * server rotates the pair at once, and a pair it issued that the laptop could not keep leaves
   * it presenting a used token later, which the server must take for theft.
   */
  checkWritable?(): Promise<void>;
}

/** The second sign-in step (issue 20 #1): a code for a challenge, or a first enrolment. */
export interface MfaTransport {
  verify(request: MfaVerifyRequest): Promise<SignInResponse>;
  startEnrolment(challengeToken: string): Promise<MfaEnrolment>;
  confirmEnrolment(
    request: MfaVerifyRequest,
  ): Promise<SignInResponse & { recoveryCodes: string[] }>;
}

export interface Transport {
  /** Tokens, or (staff, and attorneys whose organisation requires it) a challenge for a code. */
  signIn(request: SignInRequest): Promise<LaptopSignInAnswer>;
  mfa?: MfaTransport;
  /** After the organisation's provider (issue 20 #2): the server's one-time code and our verifier. */
  finishOrganisationSignIn?(request: LaptopOidcFinishRequest): Promise<LaptopOidcAnswer>;
  hello(request: HelloRequest): Promise<HelloResponse>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: string | null, limit: number): Promise<PullResponse>;
  /** Checksums of every visible case a laptop at `cursor` holds whole (optional: older fakes). */
  checksums?(cursor: string): Promise<ChecksumsResponse>;
  /** One page of a case's current rows, fetched again after a checksum mismatch. */
  caseSnapshot?(caseId: string, after: string | null): Promise<CaseSnapshotResponse>;
  signOut(): Promise<void>;
  /** Open and recently resolved conflicts on the cases this user may see. */
  conflicts(): Promise<CaseConflictsResponse>;
  resolveConflict(id: string, resolution: 'keep_server' | 'use_client' | 'restore'): Promise<void>;
  /** Review items the restored server lost, sent back (optional: older fakes). */
  recoverConflicts?(items: readonly RecoveredConflict[]): Promise<void>;
  reportWipes(reports: readonly WipeReport[]): Promise<void>;
  /** Documents sync (issue 22 #2); absent on transports that do not carry documents. */
  documents?: DocumentTransport;
}

export interface HttpTransportOptions {
  baseUrl: string;
  tokens: TokenStore;
  /** This laptop's device id, sent with refreshes so a retry after a lost answer is recognised. */
  deviceId?: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /**
   * Runs each refresh alone (refresh-lock.ts). Inside it the stored pair is read again: when
   * another tab already replaced the pair whose access token was refused, that pair is used and
   * no refresh is sent.
   */
  refreshLock?: RefreshLock;
}

/** HTTP to the MCJ server: zod-checked answers, one token refresh on 401, typed errors. */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function send(path: string, init: RequestInit, token: string | null): Promise<Response> {
    // A request's own headers (a document's name and hash) first: ours are never replaced.
    const headers: Record<string, string> = {
      ...(init.headers as Record<string, string> | undefined),
      accept: 'application/json',
    };
    if (init.body)
      headers['content-type'] =
        init.body instanceof Uint8Array ? 'application/octet-stream' : 'application/json';
    if (token) headers['authorization'] = `Bearer ${token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await doFetch(`${base}${path}`, {
        ...init,
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new NetworkError();
    } finally {
      clearTimeout(timer);
    }
  }

  async function parse<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw response.ok ? new AppError('internal', 'invalid_response') : errorFor(response, null);
    }
    if (!response.ok) throw errorFor(response, json);
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new AppError('internal', 'invalid_response');
    return parsed.data;
  }

  function errorFor(response: Response, json: unknown): Error {
    if (response.status === 502 || response.status === 503 || response.status === 504)
      return new NetworkError(`server_${response.status}`);
    const shape = AppErrorShapeSchema.safeParse(json);
    if (shape.success) return AppError.fromShape(shape.data);
    if (response.status === 401) return new AppError('unauthorized');
    if (response.status === 410) return new AppError('resync_required');
    if (response.status === 413) return new AppError('payload_too_large');
    if (response.status === 429) return new AppError('rate_limited');
    return new AppError(
      response.status >= 500 ? 'internal' : 'bad_request',
      `http_${response.status}`,
    );
  }

  const refreshLock: RefreshLock = options.refreshLock ?? ((task) => task());

  /** A fresh access token after `refused` was refused, or null when the session is over. */
  function refresh(refused: string): Promise<string | null> {
    return refreshLock(async () => {
      const pair = await options.tokens.read();
      if (!pair) return null;
      if (pair.accessToken !== refused) return pair.accessToken;
      return exchange(pair);
    });
  }

  async function exchange(pair: TokenPair): Promise<string | null> {
    await options.tokens.checkWritable?.();
    const response = await send(
      '/v1/auth/refresh',
      {
        method: 'POST',
        body: JSON.stringify({
          refreshToken: pair.refreshToken,
          ...(options.deviceId ? { deviceId: options.deviceId } : {}),
        }),
      },
      null,
    );
    if (response.status === 401) return null;
    const next = await parse(response, RefreshResponseSchema);
    await options.tokens.save(next);
    return next.accessToken;
  }

  async function authorized<T>(path: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
    return parse(await authorizedResponse(path, init), schema);
  }

  /** A signed-in request's response as it came (refreshing the token once if needed). */
  async function authorizedResponse(path: string, init: RequestInit): Promise<Response> {
    const pair = await options.tokens.read();
    if (!pair) throw new AppError('unauthorized', 'not_signed_in');
    let response = await send(path, init, pair.accessToken);
    if (response.status === 401) {
      const body = await response
        .clone()
        .json()
        .catch(() => null);
      if (AppErrorShapeSchema.safeParse(body).data?.code === 'device_revoked')
        throw new AppError('device_revoked');
      const token = await refresh(pair.accessToken);
      if (!token) throw new AppError('unauthorized', 'session_expired');
      response = await send(path, init, token);
    }
    return response;
  }

  /** Bytes from a signed-in GET; errors as `parse` gives them. */
  async function authorizedBytes(path: string): Promise<ArrayBuffer> {
    const response = await authorizedResponse(path, { method: 'GET' });
    if (!response.ok) throw errorFor(response, await response.json().catch(() => null));
    try {
      return await response.arrayBuffer();
    } catch {
      throw new NetworkError();
    }
  }

  return {
    async signIn(request) {
      const response = await send(
        '/v1/auth/sign-in',
        { method: 'POST', body: JSON.stringify(request) },
        null,
      );
      const result = await parse(response, LaptopSignInAnswerSchema);
      if (!isMfaChallenge(result)) await options.tokens.save(result);
      return result;
    },
    async finishOrganisationSignIn(request) {
      const response = await send(
        '/v1/auth/oidc/finish',
        { method: 'POST', body: JSON.stringify(request) },
        null,
      );
      const result = await parse(response, LaptopOidcAnswerSchema);
      if (!isMfaChallenge(result) && !isOidcLinkAnswer(result)) await options.tokens.save(result);
      return result;
    },
    mfa: {
      async verify(request) {
        const response = await send(
          '/v1/auth/sign-in/mfa',
          { method: 'POST', body: JSON.stringify(request) },
          null,
        );
        const result = await parse(response, SignInResponseSchema);
        await options.tokens.save(result);
        return result;
      },
      async startEnrolment(challengeToken) {
        const response = await send(
          '/v1/auth/sign-in/mfa/enrol',
          { method: 'POST', body: JSON.stringify({ challengeToken }) },
          null,
        );
        return parse(response, MfaEnrolmentSchema);
      },
      async confirmEnrolment(request) {
        const response = await send(
          '/v1/auth/sign-in/mfa/confirm',
          { method: 'POST', body: JSON.stringify(request) },
          null,
        );
        const result = await parse(response, LaptopEnrolConfirmResponseSchema);
        await options.tokens.save(result);
        return result;
      },
    },
    documents: createDocumentTransport(authorized, authorizedBytes),
    hello: (request) =>
      authorized(
        '/v1/sync/hello',
        { method: 'POST', body: JSON.stringify(request) },
        HelloResponseSchema,
      ),
    push: (request) =>
      authorized(
        '/v1/sync/push',
        { method: 'POST', body: JSON.stringify(request) },
        PushResponseSchema,
      ),
    pull: (cursor, limit) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return authorized(`/v1/sync/pull?${query.toString()}`, { method: 'GET' }, PullResponseSchema);
    },
    checksums: (cursor) =>
      authorized(
        `/v1/sync/checksums?${new URLSearchParams({ cursor }).toString()}`,
        { method: 'GET' },
        ChecksumsResponseSchema,
      ),
    caseSnapshot: (caseId, after) => {
      const query = new URLSearchParams({ caseId });
      if (after !== null) query.set('after', after);
      return authorized(
        `/v1/sync/case?${query.toString()}`,
        { method: 'GET' },
        CaseSnapshotResponseSchema,
      );
    },
    conflicts: () =>
      authorized('/v1/sync/conflicts', { method: 'GET' }, CaseConflictsResponseSchema),
    async resolveConflict(id, resolution) {
      await authorized(
        `/v1/sync/conflicts/${encodeURIComponent(id)}/resolve`,
        { method: 'POST', body: JSON.stringify({ resolution }) },
        ResolveConflictResponseSchema,
      );
    },
    async recoverConflicts(items) {
      await authorized(
        '/v1/sync/conflicts/recovered',
        { method: 'POST', body: JSON.stringify({ items }) },
        RecoverConflictsResponseSchema,
      );
    },
    async reportWipes(reports) {
      await authorized(
        '/v1/sync/wipe-reports',
        { method: 'POST', body: JSON.stringify({ reports }) },
        WipeReportResponseSchema,
      );
    },
    async signOut() {
      const pair = await options.tokens.read();
      if (pair)
        await send('/v1/auth/sign-out', { method: 'POST' }, pair.accessToken).catch(
          () => undefined,
        );
    },
  };
}
