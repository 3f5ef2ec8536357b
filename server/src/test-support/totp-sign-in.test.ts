import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchTotp, newTotpSecret } from '../auth/mfa/totp';
import { freshTotpCode } from './totp-sign-in';

const STEP = 30_000;

describe('freshTotpCode (the test helper for staff sign-ins)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives three codes the server accepts in the first half of a step, then waits for the next', async () => {
    vi.useFakeTimers();
    const secret = newTotpSecret();
    const start = 1_000 * STEP + 2_000; // 28 s left in the step
    vi.setSystemTime(start);
    const codes = [
      await freshTotpCode('first-half', secret),
      await freshTotpCode('first-half', secret),
      await freshTotpCode('first-half', secret),
    ];
    // What the server answers at the moment the codes arrive: steps 999, 1000 and 1001.
    expect(codes.map((code) => matchTotp(secret, code, start))).toEqual([999, 1000, 1001]);

    const fourth = freshTotpCode('first-half', secret);
    let settled = false;
    void fourth.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(STEP - 2_000 - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(true);
    expect(matchTotp(secret, await fourth, Date.now())).toBe(1002);
  });

  it('never uses the step before now when less than half the step is left', async () => {
    vi.useFakeTimers();
    const secret = newTotpSecret();
    const late = 2_000 * STEP + 16_000; // 14 s left: a code of step 1999 could expire in flight
    vi.setSystemTime(late);
    const first = await freshTotpCode('second-half', secret);
    expect(matchTotp(secret, first, late)).toBe(2_000);
    // Still accepted when the server checks it at the very end of the step.
    expect(matchTotp(secret, first, 2_001 * STEP - 1)).toBe(2_000);
    expect(matchTotp(secret, await freshTotpCode('second-half', secret), late)).toBe(2_001);
  });
});
