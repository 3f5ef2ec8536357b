/**
 * What `files:save` may write: the kinds of file Amparo itself produces (drafts, calendar exports,
 * PDFs, and copies of attached documents). Never anything a double-click would run. The check is
 * here, in main, so a compromised page cannot save `.exe`, `.desktop` or `.command` files.
 */
import { extname } from 'node:path';

export const saveExtensionAllowList = [
  'docx',
  'ics',
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'heic',
  'txt',
] as const;

/** The lower-cased extension of a suggested file name when it is allowed, else null. */
export function allowedSaveExtension(fileName: string): string | null {
  const extension = extname(fileName).slice(1).toLowerCase();
  return (saveExtensionAllowList as readonly string[]).includes(extension) ? extension : null;
}

/**
 * The path to write: the attorney's choice, with the expected extension added when the save
 * dialog's name lost it or replaced it (`letter.sh` becomes `letter.sh.docx`).
 */
export function withRequiredExtension(filePath: string, extension: string): string {
  return extname(filePath).slice(1).toLowerCase() === extension
    ? filePath
    : `${filePath}.${extension}`;
}
