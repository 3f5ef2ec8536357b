/** One revision of a note. Revisions are append-only; `parentIds` make a graph (two parents = a merge). */
import { z } from 'zod';
import { enumOf, list, strict, timestamp, uuid } from './schema-primitives';

export const NOTE_BODY_MAX_BYTES = 1024 * 1024;

/** UTF-8 length without TextEncoder (core/ has no DOM or Node globals). */
export function utf8ByteLength(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export const NoteStateSchema = enumOf(['draft', 'final']);

export const NoteRevisionSchema = strict({
  id: uuid(),
  noteId: uuid(),
  caseId: uuid(),
  parentIds: list(uuid(), 16),
  body: z
    .string({
      error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.type'),
    })
    .refine((body) => utf8ByteLength(body) <= NOTE_BODY_MAX_BYTES, {
      error: 'validation.note.tooLarge',
    }),
  authorId: uuid().nullish(),
  deviceId: uuid().nullish(),
  /** For display only: never used to order revisions or detect conflicts. */
  createdAt: timestamp(),
  state: NoteStateSchema,
});

export type NoteRevision = z.infer<typeof NoteRevisionSchema>;
