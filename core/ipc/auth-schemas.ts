import { z } from 'zod';
import { PkceChallengeSchema } from '../sync/oidc-schemas';

/**
 * `auth:sign-in-organisation` (desktop mode, RFC 8252): main listens on 127.0.0.1, opens the
 * system browser at the server's OpenID start URL, and answers with what the browser brought back
 * to the loopback listener. The PKCE verifier never leaves the renderer.
 */
export const OrganisationSignInRequestSchema = z.strictObject({
  /** The sync server (https, or http on this machine for the embedded one). */
  serverUrl: z.url().max(500),
  state: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
  challenge: PkceChallengeSchema,
});
export type OrganisationSignInRequest = z.infer<typeof OrganisationSignInRequestSchema>;

export const OrganisationSignInResponseSchema = z.union([
  z.strictObject({ outcome: z.literal('code'), code: z.string().min(20).max(200) }),
  z.strictObject({
    outcome: z.literal('error'),
    /** From the server (`tenant`, `refused`, …), `timeout`, or `browser` (could not be opened). */
    error: z.string().max(40),
  }),
]);
export type OrganisationSignInResponse = z.infer<typeof OrganisationSignInResponseSchema>;
