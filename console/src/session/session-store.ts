/**
 * The console's session, held in memory only: tokens never go to cookies, localStorage,
 * sessionStorage or IndexedDB, so closing or reloading the tab signs out. Refreshes the access
 * token when it is about to expire (one refresh at a time), and ends the session after the idle
 * timeout without keyboard or pointer activity, or at the session's absolute end.
 */
import type { ConsoleSession, ConsoleTokens } from '@core/sync/console-schemas';
import { ConsoleTokensSchema } from '@core/sync/console-schemas';
import type { MfaChallenge, MfaEnrolment } from '@core/sync/mfa-schemas';
import {
  ConsoleEnrolConfirmResponseSchema,
  ConsoleSignInAnswerSchema,
  isMfaChallenge,
  MfaEnrolmentSchema,
} from '@core/sync/mfa-schemas';
import type { OidcLinkAnswer } from '@core/sync/oidc-schemas';
import {
  ConsoleOidcAnswerSchema,
  OidcAvailabilitySchema,
  isOidcLinkAnswer,
} from '@core/sync/oidc-schemas';
import { ApiError, apiErrorFrom, networkError } from '../api/api-error';

export type EndReason = 'signedOut' | 'idle' | 'expired' | 'ended';

export type SessionState =
  | { status: 'signedOut'; reason: EndReason | null }
  | { status: 'signedIn'; session: ConsoleSession };

export interface SessionStoreOptions {
  fetch: typeof fetch;
  now?: () => number;
  /** How often the idle and expiry checks run (ms). */
  checkEveryMs?: number;
}

interface Tokens {
  access: string;
  accessExpiresAt: number;
  refresh: string;
}

/** Refresh this long before the access token expires, so a request never races its expiry. */
const REFRESH_MARGIN_MS = 30_000;

const reasonByMessage: Record<string, EndReason> = {
  'console.session.idle': 'idle',
  'console.session.expired': 'expired',
};

export class SessionStore {
  #tokens: Tokens | null = null;
  #state: SessionState = { status: 'signedOut', reason: null };
  #listeners = new Set<() => void>();
  #refreshing: Promise<string> | null = null;
  #lastActivity: number;
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #fetch: typeof fetch;
  readonly #now: () => number;
  readonly #checkEveryMs: number;

  constructor(options: SessionStoreOptions) {
    this.#fetch = options.fetch;
    this.#now = options.now ?? Date.now;
    this.#checkEveryMs = options.checkEveryMs ?? 15_000;
    this.#lastActivity = this.#now();
  }

  getState = (): SessionState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(state: SessionState) {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }

  async #post(path: string, body: unknown, token?: string): Promise<unknown> {
    let response: Response;
    try {
      response = await this.#fetch(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw networkError();
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) throw apiErrorFrom(response.status, json);
    return json;
  }

  #accept(body: unknown): ConsoleTokens {
    const tokens = ConsoleTokensSchema.parse(body);
    this.#tokens = {
      access: tokens.accessToken,
      accessExpiresAt: Date.parse(tokens.accessTokenExpiresAt),
      refresh: tokens.refreshToken,
    };
    return tokens;
  }

  /**
   * The password step. Staff accounts answer a challenge for the second step (the code, or a
   * first enrolment); the session starts only once that step is passed.
   */
  async signIn(
    email: string,
    password: string,
    oidcLinkToken?: string,
  ): Promise<MfaChallenge | null> {
    const answer = ConsoleSignInAnswerSchema.parse(
      await this.#post('/v1/console/sign-in', {
        email,
        password,
        ...(oidcLinkToken ? { oidcLinkToken } : {}),
      }),
    );
    if (isMfaChallenge(answer)) return answer;
    this.#enter(this.#accept(answer));
    return null;
  }

  /** Whether the server offers sign-in with the organisation's provider (false if unsure). */
  async organisationSignInOffered(): Promise<boolean> {
    try {
      const response = await this.#fetch('/v1/oidc/availability', {
        cache: 'no-store',
        credentials: 'omit',
      });
      if (!response.ok) return false;
      return OidcAvailabilitySchema.parse(await response.json()).enabled;
    } catch {
      return false;
    }
  }

  /**
   * After the organisation's provider: the server's one-time code and this tab's PKCE verifier.
   * The answer is a session, the second step, or an offer to link the provider account.
   */
  async finishOrganisationSignIn(
    code: string,
    verifier: string,
  ): Promise<MfaChallenge | OidcLinkAnswer | null> {
    const answer = ConsoleOidcAnswerSchema.parse(
      await this.#post('/v1/console/oidc/finish', { code, verifier }),
    );
    if (isMfaChallenge(answer) || isOidcLinkAnswer(answer)) return answer;
    this.#enter(this.#accept(answer));
    return null;
  }

  /** The code from the authenticator app (or a recovery code) for a `verify` challenge. */
  async verifyCode(challengeToken: string, code: string): Promise<void> {
    this.#enter(
      this.#accept(await this.#post('/v1/console/sign-in/mfa', { challengeToken, code })),
    );
  }

  /** A new secret and its QR code, for an `enrol` challenge. */
  async startEnrolment(challengeToken: string): Promise<MfaEnrolment> {
    return MfaEnrolmentSchema.parse(
      await this.#post('/v1/console/sign-in/mfa/enrol', { challengeToken }),
    );
  }

  /**
   * The first code confirms the enrolment. The session exists from here, but the console opens it
   * only when `enter` is called, after the person has had the recovery codes in front of them.
   */
  async confirmEnrolment(
    challengeToken: string,
    code: string,
  ): Promise<{ recoveryCodes: string[]; enter: () => void }> {
    const answer = ConsoleEnrolConfirmResponseSchema.parse(
      await this.#post('/v1/console/sign-in/mfa/confirm', { challengeToken, code }),
    );
    const tokens = this.#accept(answer);
    return { recoveryCodes: answer.recoveryCodes, enter: () => this.#enter(tokens) };
  }

  #enter(tokens: ConsoleTokens) {
    this.#lastActivity = this.#now();
    this.#startChecks();
    this.#set({ status: 'signedIn', session: tokens.session });
  }

  /** Replaces a handed-out (one-time) password with the person's own, then signs in with it. */
  async changePasswordAndSignIn(
    email: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<MfaChallenge | null> {
    await this.#post('/v1/auth/change-password', { email, currentPassword, newPassword });
    return this.signIn(email, newPassword);
  }

  /** A valid access token, refreshed first when it is about to expire. */
  async accessToken(): Promise<string> {
    const tokens = this.#tokens;
    if (!tokens) throw new ApiError(401, { code: 'unauthorized', message: 'unauthorized' });
    if (tokens.accessExpiresAt - REFRESH_MARGIN_MS > this.#now()) return tokens.access;
    return this.refresh();
  }

  /** One refresh at a time: concurrent callers share it. */
  refresh(): Promise<string> {
    this.#refreshing ??= (async () => {
      const current = this.#tokens;
      if (!current) throw new ApiError(401, { code: 'unauthorized', message: 'unauthorized' });
      try {
        return this.#accept(
          await this.#post('/v1/console/refresh', { refreshToken: current.refresh }),
        ).accessToken;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) this.ended(error.shape.message);
        throw error;
      }
    })().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  /** The server said the session is over (idle, expired, revoked): forget everything. */
  ended(messageKey: string) {
    this.#clear(reasonByMessage[messageKey] ?? 'ended');
  }

  /** Keyboard and pointer activity keep the session from idling out. */
  recordActivity() {
    this.#lastActivity = this.#now();
  }

  async signOut(reason: EndReason = 'signedOut'): Promise<void> {
    const tokens = this.#tokens;
    this.#clear(reason);
    if (!tokens) return;
    // Best effort: the tokens are already gone from memory even if the server is unreachable.
    await this.#post('/v1/console/sign-out', {}, tokens.access).catch(() => undefined);
  }

  /** Runs the idle and absolute-expiry checks once (the timer calls it). */
  check() {
    if (this.#state.status !== 'signedIn') return;
    const now = this.#now();
    const { session } = this.#state;
    if (now >= Date.parse(session.expiresAt)) void this.signOut('expired');
    else if (now - this.#lastActivity >= session.idleTimeoutSeconds * 1000)
      void this.signOut('idle');
  }

  #startChecks() {
    this.#stopChecks();
    this.#timer = setInterval(() => this.check(), this.#checkEveryMs);
  }

  #stopChecks() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  #clear(reason: EndReason) {
    this.#stopChecks();
    this.#tokens = null;
    this.#refreshing = null;
    if (this.#state.status === 'signedIn' || reason !== this.#stateReason())
      this.#set({ status: 'signedOut', reason });
  }

  #stateReason(): EndReason | null {
    return this.#state.status === 'signedOut' ? this.#state.reason : null;
  }
}
