import { z } from 'zod';
import { CaseReferenceSchema } from '../domain/case-file';
import { IsoDateSchema } from '../domain/schema-primitives';

export const MAX_SAVE_BYTES = 50 * 1024 * 1024;

export const printDocuments = ['case-summary', 'interview', 'visit-kit'] as const;
export type PrintDocument = (typeof printDocuments)[number];

/**
 * Print the sender's page (a print view) to PDF and save it where the attorney chooses. Main builds
 * the file name from these fields (`MCJ-2026-0042-case-summary-2026-11-27.pdf`), so it can never
 * hold a client's name.
 */
export const SavePdfRequestSchema = z.strictObject({
  document: z.enum(printDocuments),
  caseReference: CaseReferenceSchema,
  date: IsoDateSchema,
});
export type SavePdfRequest = z.infer<typeof SavePdfRequestSchema>;

/** `saved: false` means the attorney cancelled the save dialog. */
export const SavedResponseSchema = z.strictObject({ saved: z.boolean() });
export type SavedResponse = z.infer<typeof SavedResponseSchema>;

/**
 * A file name without folders, spaces or anything a shell or file system would treat specially.
 * Callers name files after the case reference (`MCJ-2026-0042-draft.docx`), never after a person.
 */
export const SafeFileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,118}\.[A-Za-z0-9]{1,8}$/)
  .refine((name) => !name.includes('..'));

export const MimeTypeSchema = z
  .string()
  .max(100)
  .regex(/^[a-z]+\/[a-z0-9.+-]+$/);

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: SafeFileNameSchema,
  mimeType: MimeTypeSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
