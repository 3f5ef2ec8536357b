import { z } from 'zod';

export const OpenExternalRequestSchema = z.strictObject({
  url: z.string().min(1).max(2048),
});
export type OpenExternalRequest = z.infer<typeof OpenExternalRequestSchema>;

/** `opened: false` means the URL is not on the allow-list of legal-reference sites; nothing was opened. */
export const OpenExternalResponseSchema = z.strictObject({ opened: z.boolean() });
export type OpenExternalResponse = z.infer<typeof OpenExternalResponseSchema>;
