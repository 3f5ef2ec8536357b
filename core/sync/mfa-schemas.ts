/**
 * Two-step sign-in (TOTP, RFC 6238). A correct password for an account that needs a second step
 * answers a short-lived challenge token (not a session: it opens no route) instead of tokens; the
 * client then sends the code from the authenticator app, or a recovery code, with it. An account
 * that must use MFA and has not set it up gets an enrolment challenge instead: QR code, secret as
 * text, then a first code, then its recovery codes. Messages are i18n keys.
 */
import { z } from 'zod';
import { issueKey } from '../domain/schema-primitives';
import { SignInResponseSchema } from './auth-schemas';
import { ConsoleTokensSchema } from './console-schemas';

/** Challenge tokens start with this: never confused with a laptop's `amp_` or the console's `amc_`. */
export const MFA_CHALLENGE_PREFIX = 'amf_';

const ChallengeTokenSchema = z
  .string({ error: issueKey })
  .min(20)
  .max(200)
  .refine((value) => value.startsWith(MFA_CHALLENGE_PREFIX), {
    error: 'auth.mfa.challengeInvalid',
  });

export const MfaChallengeSchema = z.object({
  /** `verify`: ask for a code; `enrol`: MFA is required and not set up yet. */
  mfa: z.enum(['verify', 'enrol']),
  challengeToken: z.string().min(20).max(200),
  challengeExpiresAt: z.iso.datetime(),
});
export type MfaChallenge = z.infer<typeof MfaChallengeSchema>;

/** Six digits from the authenticator app, or a recovery code (letters and digits, dashes allowed). */
export const MfaCodeSchema = z
  .string({ error: issueKey })
  .trim()
  .min(6, { error: 'validation.mfa.codeFormat' })
  .max(40, { error: 'validation.mfa.codeFormat' })
  .regex(/^[0-9A-Za-z -]+$/, { error: 'validation.mfa.codeFormat' });

export const MfaVerifyRequestSchema = z.strictObject({
  challengeToken: ChallengeTokenSchema,
  code: MfaCodeSchema,
});
export type MfaVerifyRequest = z.infer<typeof MfaVerifyRequestSchema>;

export const MfaEnrolStartRequestSchema = z.strictObject({ challengeToken: ChallengeTokenSchema });

/** What an authenticator app needs: the QR code (SVG) and the same secret as text. */
export const MfaEnrolmentSchema = z.object({
  /** Base32, for typing into an app by hand or hearing it read by a screen reader. */
  secret: z.string().min(16).max(128),
  otpauthUri: z.string().startsWith('otpauth://totp/').max(1000),
  /** An SVG document of the QR code encoding `otpauthUri`. */
  qrSvg: z.string().startsWith('<svg').max(100_000),
});
export type MfaEnrolment = z.infer<typeof MfaEnrolmentSchema>;

/** Shown once, right after enrolment; stored only as keyed hashes, each usable once. */
export const RecoveryCodesSchema = z.array(z.string().min(8).max(40)).min(1).max(20);

/** The laptop's sign-in: tokens, or a challenge for the second step. */
export const LaptopSignInAnswerSchema = z.union([SignInResponseSchema, MfaChallengeSchema]);
export type LaptopSignInAnswer = z.infer<typeof LaptopSignInAnswerSchema>;

export const LaptopEnrolConfirmResponseSchema = SignInResponseSchema.extend({
  recoveryCodes: RecoveryCodesSchema,
});

export function isMfaChallenge(answer: object): answer is MfaChallenge {
  return 'mfa' in answer && 'challengeToken' in answer;
}

/** The console's sign-in: a session, or a challenge for the second step. */
export const ConsoleSignInAnswerSchema = z.union([ConsoleTokensSchema, MfaChallengeSchema]);
export type ConsoleSignInAnswer = z.infer<typeof ConsoleSignInAnswerSchema>;

export const ConsoleEnrolConfirmResponseSchema = ConsoleTokensSchema.extend({
  recoveryCodes: RecoveryCodesSchema,
});
export type ConsoleEnrolConfirmResponse = z.infer<typeof ConsoleEnrolConfirmResponseSchema>;
