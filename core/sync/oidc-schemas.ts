/**
 * Sign-in with the organisation's identity provider (OpenID Connect, issue 20 #2). The server is
 * the only OpenID client: it sends the browser to the provider and takes the answer. It then hands
 * the app (console, laptop in web mode, or the laptop's loopback listener in desktop mode) a
 * one-time code bound to the app's own PKCE challenge, which the app exchanges here for tokens, a
 * second-step challenge, or a link token. Messages are i18n keys.
 */
import { z } from 'zod';
import { issueKey } from '../domain/schema-primitives';
import { DeviceInfoSchema, SignInResponseSchema } from './auth-schemas';
import { ConsoleTokensSchema } from './console-schemas';
import { MfaChallengeSchema } from './mfa-schemas';

/** The one-time code the server hands the app after the provider answered. */
export const OIDC_HANDOFF_PREFIX = 'amh_';
/** Proof of a provider account not linked yet: links it at the next password sign-in. */
export const OIDC_LINK_PREFIX = 'aml_';

const token = (prefix: string, message: string) =>
  z
    .string({ error: issueKey })
    .min(20)
    .max(200)
    .refine((value) => value.startsWith(prefix), { error: message });

/** RFC 7636: 43 to 128 characters of the unreserved set. */
export const PkceVerifierSchema = z
  .string({ error: issueKey })
  .regex(/^[A-Za-z0-9._~-]{43,128}$/, { error: 'auth.oidc.badRequest' });
/** BASE64URL(SHA-256(verifier)), no padding: always 43 characters. */
export const PkceChallengeSchema = z
  .string({ error: issueKey })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'auth.oidc.badRequest' });

export const oidcClients = ['console', 'laptop'] as const;
export const OidcClientSchema = z.enum(oidcClients, { error: issueKey });
export type OidcClient = z.infer<typeof OidcClientSchema>;

/** `GET /v1/oidc/start`: where the browser goes when the person presses the button. */
export const OidcStartQuerySchema = z.strictObject(
  {
    client: OidcClientSchema,
    /** Where the server sends the browser back with `code` and `state` (checked against a list). */
    returnTo: z.url({ error: 'auth.oidc.badRequest' }).max(500),
    /** The app's own value, returned unchanged so that it can tell its answer from another. */
    state: z.string({ error: issueKey }).regex(/^[A-Za-z0-9_-]{16,128}$/, {
      error: 'auth.oidc.badRequest',
    }),
    challenge: PkceChallengeSchema,
    /** Only when the server holds several organisations with a provider. */
    org: z.uuid().optional(),
  },
  { error: issueKey },
);
export type OidcStartQuery = z.infer<typeof OidcStartQuerySchema>;

export const OidcCallbackQuerySchema = z
  .object({
    state: z.string().max(500).optional(),
    code: z.string().max(4000).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(2000).optional(),
  })
  .loose();

/** Whether the sign-in screens show the "Sign in with your organisation" button. */
export const OidcAvailabilitySchema = z.object({
  enabled: z.boolean(),
  /** `entra`, `google` or `generic`: the screens name the provider only through it. */
  provider: z.enum(['entra', 'google', 'generic']).nullable(),
});
export type OidcAvailability = z.infer<typeof OidcAvailabilitySchema>;

export const OidcFinishRequestSchema = z.strictObject(
  {
    code: token(OIDC_HANDOFF_PREFIX, 'auth.oidc.badRequest'),
    verifier: PkceVerifierSchema,
  },
  { error: issueKey },
);
export const LaptopOidcFinishRequestSchema = OidcFinishRequestSchema.extend({
  device: DeviceInfoSchema,
  deviceId: z.uuid().optional(),
});
export type LaptopOidcFinishRequest = z.infer<typeof LaptopOidcFinishRequestSchema>;

/**
 * The provider account is not linked to an Amparo account yet. It never is by email: the person
 * signs in once with their Amparo password (and second step), passing this token, and the link is
 * made then.
 */
export const OidcLinkAnswerSchema = z.object({
  oidc: z.literal('link'),
  linkToken: z.string().min(20).max(200),
  linkExpiresAt: z.iso.datetime(),
});
export type OidcLinkAnswer = z.infer<typeof OidcLinkAnswerSchema>;

export const OidcLinkTokenSchema = token(OIDC_LINK_PREFIX, 'auth.oidc.linkExpired');

export const ConsoleOidcAnswerSchema = z.union([
  ConsoleTokensSchema,
  MfaChallengeSchema,
  OidcLinkAnswerSchema,
]);
export type ConsoleOidcAnswer = z.infer<typeof ConsoleOidcAnswerSchema>;

export const LaptopOidcAnswerSchema = z.union([
  SignInResponseSchema,
  MfaChallengeSchema,
  OidcLinkAnswerSchema,
]);
export type LaptopOidcAnswer = z.infer<typeof LaptopOidcAnswerSchema>;

export function isOidcLinkAnswer(answer: object): answer is OidcLinkAnswer {
  return 'oidc' in answer && 'linkToken' in answer;
}

/** The organisation's provider, as an admin sets it (`POST /v1/admin/oidc`, `server:admin -- oidc`). */
export const OidcSettingsInputSchema = z.strictObject(
  {
    provider: z.enum(['entra', 'google', 'generic'], { error: issueKey }),
    issuer: z.url({ error: 'auth.oidc.badRequest' }).max(500),
    clientId: z.string({ error: issueKey }).min(1).max(500),
    /** Write-only: never returned. Omitted on an update: the stored one is kept. */
    clientSecret: z.string({ error: issueKey }).min(1).max(2000).optional(),
    /** Entra: the tenant id (`tid`); Google Workspace: the domain (`hd`); generic: a claim value. */
    tenant: z.string({ error: issueKey }).min(1).max(500),
    /** Only for `generic`: the claim that names the tenant. */
    tenantClaim: z
      .string({ error: issueKey })
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
      .optional(),
    /** Accept the provider's MFA (`amr` contains `mfa`) instead of asking for Amparo's code. */
    trustProviderMfa: z.boolean().default(false),
    enabled: z.boolean().default(true),
  },
  { error: issueKey },
);
export type OidcSettingsInput = z.infer<typeof OidcSettingsInputSchema>;

export const OidcSettingsSchema = z.object({
  provider: z.enum(['entra', 'google', 'generic']),
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  tenant: z.string(),
  tenantClaim: z.string(),
  trustProviderMfa: z.boolean(),
  enabled: z.boolean(),
  /** What to register at the provider as the redirect URI. */
  redirectUri: z.string(),
});
export type OidcSettings = z.infer<typeof OidcSettingsSchema>;

export const OidcSettingsResponseSchema = z.object({
  settings: OidcSettingsSchema.nullable(),
  redirectUri: z.string(),
});
export const OidcUnlinkResponseSchema = z.object({ removed: z.number().int().nonnegative() });
