import type { DraftKind } from './draft-types';

const REFERENCE = /^[A-Z]{2,6}-\d{4}-\d{3,6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `MCJ-2026-0042-motion-to-continue-2026-11-27.docx`: case reference, draft kind and date only,
 * so a file name can never carry a client's name or A-number.
 */
export function draftFileName(reference: string, kind: DraftKind, date: string): string {
  if (!REFERENCE.test(reference) || !DATE.test(date)) throw new RangeError('drafts.fileName');
  return `${reference}-${kind}-${date}.docx`;
}

export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
