/**
 * TOTP (RFC 6238) with the defaults every authenticator app understands: SHA-1, 6 digits, 30 s.
 * One step either side is accepted (clock drift); the caller refuses any step not above the last
 * one accepted, so a code is good once.
 */
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

export const TOTP_PERIOD_SECONDS = 30;
const WINDOW = 1;
const ISSUER = 'Amparo';

function totp(secretBase32: string, label = 'Amparo') {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** 160 random bits, base32 (RFC 4226's recommended length). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function stepAt(timestampMs: number): number {
  return Math.floor(timestampMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The time step the code belongs to, or null when it matches none within the window. */
export function matchTotp(secretBase32: string, code: string, nowMs: number): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: nowMs, window: WINDOW });
  return delta === null ? null : stepAt(nowMs) + delta;
}

/** The code for a time step (tests, and the demo's printed secret). */
export function totpCode(secretBase32: string, step: number): string {
  return totp(secretBase32).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

export async function enrolmentView(secretBase32: string, accountLabel: string) {
  const otpauthUri = totp(secretBase32, accountLabel).toString();
  const qrSvg = await QRCode.toString(otpauthUri, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return { secret: secretBase32, otpauthUri, qrSvg };
}
