/**
 * Limits on password guessing, for sign-in and password change, checked before any hash is
 * computed:
 * - per client address: `perAddressPerMinute` attempts in a fixed one-minute window (the address
 *   is `request.ip`, which honours X-Forwarded-For only from the configured proxies);
 * - per account (the email, known or not, so the answer says nothing about which exist): after
 *   `freeFailures` consecutive failures, each further attempt must wait 1 s, 2 s, 4 s… up to
 *   15 minutes after the last failure; a success clears it.
 * Refusals are 429 `rate_limited` with Retry-After. The first refusal of an address in a window and
 * every new lock of an account write an `auth.sign_in_burst` audit event (an alert for staff).
 * State is in memory, bounded in size: one server process per database (docs/deploy.md).
 */
import { createHash } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import type { Queryable } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';

export interface SignInGuardOptions {
  perAddressPerMinute: number;
  freeFailures?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Most addresses and accounts remembered; the least recently touched are forgotten first. */
  maxEntries?: number;
  now?: () => number;
  /** Also told of every alert (the server logs it at warn level, for operators' alerting). */
  onAlert?: (details: Record<string, string | number>) => void;
}

interface AddressWindow {
  start: number;
  count: number;
  alerted: boolean;
}

interface AccountState {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export interface AttemptContext {
  address: string;
  /** `emailTag` of the email: a hash, so the guard keeps no email in memory. */
  account: string;
  requestId: string;
  /** When the email belongs to an account: its organisation, for the alert. */
  orgId?: string | null;
}

export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterMs: number) {
    super('rate_limited', 'auth.tooManyAttempts');
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

/** A stable, non-reversible tag for an email: the guard's account key and the audit's. */
export function emailTag(email: string): string {
  return createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16);
}

const WINDOW_MS = 60_000;
const FORGET_AFTER_MS = 24 * 60 * 60_000;

function touch<K, V>(map: Map<K, V>, key: K, value: V, max: number) {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as K);
}

export class SignInGuard {
  private readonly addresses = new Map<string, AddressWindow>();
  private readonly accounts = new Map<string, AccountState>();
  private readonly freeFailures: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: SignInGuardOptions) {
    this.freeFailures = options.freeFailures ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 15 * 60_000;
    this.maxEntries = options.maxEntries ?? 100_000;
    this.now = options.now ?? (() => Date.now());
  }

  /** Counts the attempt against its address and refuses it (429) when the address or account is over its limit. */
  async admit(q: Queryable, attempt: AttemptContext): Promise<void> {
    const now = this.now();
    let window = this.addresses.get(attempt.address);
    if (!window || now - window.start >= WINDOW_MS)
      window = { start: now, count: 0, alerted: false };
    window.count += 1;
    touch(this.addresses, attempt.address, window, this.maxEntries);
    if (window.count > this.options.perAddressPerMinute) {
      if (!window.alerted) {
        window.alerted = true;
        await this.alert(q, attempt, { scope: 'address', address: attempt.address });
      }
      throw new RateLimitedError(window.start + WINDOW_MS - now);
    }
    const account = this.accounts.get(attempt.account);
    if (account && now - account.lastFailure > FORGET_AFTER_MS) {
      this.accounts.delete(attempt.account);
    } else if (account && account.lockedUntil > now) {
      throw new RateLimitedError(account.lockedUntil - now);
    }
  }

  /** A wrong password (or unknown account): the account's backoff grows. */
  async failed(q: Queryable, attempt: AttemptContext): Promise<void> {
    const now = this.now();
    const state = this.accounts.get(attempt.account) ?? {
      failures: 0,
      lockedUntil: 0,
      lastFailure: now,
    };
    state.failures += 1;
    state.lastFailure = now;
    const over = state.failures - this.freeFailures;
    if (over >= 0) {
      const delay = Math.min(this.baseDelayMs * 2 ** Math.min(over, 30), this.maxDelayMs);
      state.lockedUntil = now + delay;
    }
    touch(this.accounts, attempt.account, state, this.maxEntries);
    if (over >= 0) {
      await this.alert(q, attempt, {
        scope: 'account',
        emailTag: attempt.account,
        failures: state.failures,
        lockedSeconds: Math.ceil((state.lockedUntil - now) / 1000),
      });
    }
  }

  succeeded(attempt: Pick<AttemptContext, 'account'>): void {
    this.accounts.delete(attempt.account);
  }

  private async alert(
    q: Queryable,
    attempt: AttemptContext,
    details: Record<string, string | number>,
  ): Promise<void> {
    this.options.onAlert?.(details);
    await appendAudit(q, {
      orgId: attempt.orgId ?? null,
      actorId: null,
      deviceId: null,
      requestId: attempt.requestId,
      action: 'auth.sign_in_burst',
      outcome: 'denied',
      details,
    });
  }
}
