/**
 * Signing staff in over HTTP with their second step, for the end-to-end tests, the simulation and
 * the benchmarks: the code comes from the account's TOTP secret (the demo's is published). A code
 * is good once per 30-second step, so this picks a step this process has not used yet for the
 * account (the server accepts one step either side of now: the one before now too while at least
 * half of the current step remains, so the code cannot leave the window before the server checks
 * it), waits when it has used them all, and tries the next step if the server says the code was
 * used (by another process). Three sign-ins per account per step rather than two: the end-to-end
 * specs waited up to 30 s for each extra staff sign-in.
 */
import { stepAt, TOTP_PERIOD_SECONDS, totpCode } from '../auth/mfa/totp';

const usedSteps = new Map<string, number>();
const PERIOD_MS = TOTP_PERIOD_SECONDS * 1000;

export async function freshTotpCode(account: string, secret: string): Promise<string> {
  const now = Date.now();
  const current = stepAt(now);
  const leftInStep = (current + 1) * PERIOD_MS - now;
  const earliest = leftInStep >= PERIOD_MS / 2 ? current - 1 : current;
  const step = Math.max(earliest, (usedSteps.get(account) ?? 0) + 1);
  if (step > current + 1) {
    const wait = (step - 1) * PERIOD_MS - now + 100;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  usedSteps.set(account, step);
  return totpCode(secret, step);
}

export interface TotpAccount {
  email: string;
  password: string;
  totpSecret?: string | undefined;
}

interface Challenge {
  mfa: 'verify' | 'enrol';
  challengeToken: string;
}

async function post(fetchImpl: typeof fetch, url: string, body: unknown) {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
}

/**
 * Posts a sign-in (`/v1/auth/sign-in` or `/v1/console/sign-in`) and, when it answers a challenge,
 * the code. Returns the final answer's status and body, as the server sent them.
 */
export async function signInWithTotp(
  baseUrl: string,
  path: '/v1/auth/sign-in' | '/v1/console/sign-in',
  account: TotpAccount,
  extra: Record<string, unknown> = {},
  fetchImpl: typeof fetch = fetch,
): Promise<{ status: number; body: unknown }> {
  const first = await post(fetchImpl, `${baseUrl}${path}`, {
    email: account.email,
    password: account.password,
    ...extra,
  });
  const challenge = first.body as Partial<Challenge> | null;
  if (first.status !== 200 || !challenge?.mfa || !challenge.challengeToken) return first;
  if (challenge.mfa !== 'verify' || !account.totpSecret)
    throw new Error(`${account.email} must enrol in two-step sign-in first`);
  for (let attempt = 0; ; attempt += 1) {
    const code = await freshTotpCode(account.email, account.totpSecret);
    const answer = await post(fetchImpl, `${baseUrl}${path}/mfa`, {
      challengeToken: challenge.challengeToken,
      code,
    });
    const message = (answer.body as { message?: string } | null)?.message;
    if (answer.status === 200 || message !== 'auth.mfa.codeUsed' || attempt >= 3) return answer;
  }
}
