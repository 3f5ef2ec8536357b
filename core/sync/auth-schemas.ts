/** Sign-in, token refresh and sign-out. Tokens are random and bound to one registered device. */
import { z } from 'zod';
import { issueKey } from '../domain/schema-primitives';

export const roles = ['attorney', 'supervisor', 'admin'] as const;
export const RoleSchema = z.enum(roles, { error: issueKey });
export type Role = z.infer<typeof RoleSchema>;

// Messages are i18n keys (the console shows them translated), like every schema in core/domain.
export const EmailSchema = z
  .email({ error: 'validation.email.format' })
  .max(254, { error: 'validation.text.tooLong' });
/** Long passphrases welcome; the server hashes with scrypt, so length costs little. */
export const PasswordSchema = z
  .string({ error: 'validation.required' })
  .min(12, { error: 'validation.password.tooShort' })
  .max(256, { error: 'validation.text.tooLong' });

export const DeviceInfoSchema = z.object({
  name: z.string().min(1).max(100),
  platform: z.string().min(1).max(50),
  appVersion: z.string().min(1).max(50),
});

export const SignInRequestSchema = z.object({
  email: EmailSchema,
  /** Not `PasswordSchema`: an old, shorter password must still reach the check and fail there. */
  password: z.string().min(1).max(256),
  device: DeviceInfoSchema,
  /** A device signing in again (tokens expired) keeps its id, its acknowledged seq and its outbox. */
  deviceId: z.uuid().optional(),
  /** From a sign-in through the organisation's provider that found no linked account (issue 20 #2). */
  oidcLinkToken: z.string().min(20).max(200).optional(),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const TokenPairSchema = z.object({
  accessToken: z.string().min(20).max(200),
  accessTokenExpiresAt: z.iso.datetime(),
  refreshToken: z.string().min(20).max(200),
  refreshTokenExpiresAt: z.iso.datetime(),
});
export type TokenPair = z.infer<typeof TokenPairSchema>;

/** The server-held device share (32 bytes, base64) the laptop mixes into its key (issue 19 #2). */
export const DeviceShareSchema = z.base64().length(44);

/** What sign-in hands the laptop for its lease: the share, its end, and the server's time. */
export const DeviceLeaseSchema = z.object({
  share: DeviceShareSchema,
  expiresAt: z.iso.datetime(),
  serverTime: z.iso.datetime(),
});
export type DeviceLease = z.infer<typeof DeviceLeaseSchema>;

export const SignInResponseSchema = TokenPairSchema.extend({
  userId: z.uuid(),
  orgId: z.uuid(),
  role: RoleSchema,
  displayName: z.string().max(200),
  deviceId: z.uuid(),
  /** Absent from servers older than issue 19. */
  lease: DeviceLeaseSchema.optional(),
});
export type SignInResponse = z.infer<typeof SignInResponseSchema>;

export const RefreshRequestSchema = z.object({
  refreshToken: z.string().min(20).max(200),
  /** The device the token belongs to: lets it retry a refresh whose answer was lost. */
  deviceId: z.uuid().optional(),
});
export type RefreshRequest = z.infer<typeof RefreshRequestSchema>;
export const RefreshResponseSchema = TokenPairSchema;

/** Replaces a one-time password (or any password) with one its owner chose; then sign in. */
export const ChangePasswordRequestSchema = z.object({
  email: EmailSchema,
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;
export const ChangePasswordResponseSchema = z.object({ ok: z.literal(true) });

export const SignOutResponseSchema = z.object({ ok: z.literal(true) });
