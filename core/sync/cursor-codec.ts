/**
 * The pull cursor is opaque to clients: base64url of a small JSON object. `seq` is the last change
 * sequence delivered (drawn in commit order on the server), `epoch` the server's change-history
 * epoch (a restore or reset bumps it, which invalidates old cursors), `v` the cursor format. While
 * the server streams whole cases (first sync, or a case newly assigned) `fill` says how far it got.
 */
import { z } from 'zod';

export const CURSOR_FORMAT_VERSION = 1;

export const CursorFillSchema = z.strictObject({
  /** `all` on a first sync; otherwise the id of the case being sent whole. */
  scope: z.union([z.literal('all'), z.uuid()]),
  /** Position inside the fill: the last row key sent, '' at the start. */
  after: z.string().max(200),
});

export const CursorSchema = z.strictObject({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  epoch: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31),
  v: z.literal(CURSOR_FORMAT_VERSION),
  fill: CursorFillSchema.optional(),
});
export type Cursor = z.infer<typeof CursorSchema>;
export type CursorFill = z.infer<typeof CursorFillSchema>;

export const ENCODED_CURSOR_MAX_LENGTH = 1024;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((char, index) => [char, index]));

/** base64url without padding, for ASCII text only (cursor JSON is always ASCII). */
function toBase64Url(ascii: string): string {
  let out = '';
  for (let i = 0; i < ascii.length; i += 3) {
    const a = ascii.charCodeAt(i);
    const b = i + 1 < ascii.length ? ascii.charCodeAt(i + 1) : 0;
    const c = i + 2 < ascii.length ? ascii.charCodeAt(i + 2) : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
    if (i + 1 < ascii.length) out += ALPHABET[(triple >> 6) & 63]!;
    if (i + 2 < ascii.length) out += ALPHABET[triple & 63]!;
  }
  return out;
}

function fromBase64Url(encoded: string): string | null {
  if (encoded.length % 4 === 1) return null;
  let out = '';
  for (let i = 0; i < encoded.length; i += 4) {
    const chunk = encoded.slice(i, i + 4);
    const values = [...chunk].map((char) => INDEX.get(char));
    if (values.some((value) => value === undefined)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = values as number[];
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    out += String.fromCharCode((triple >> 16) & 255);
    if (chunk.length > 2) out += String.fromCharCode((triple >> 8) & 255);
    if (chunk.length > 3) out += String.fromCharCode(triple & 255);
  }
  return out;
}

export function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify(CursorSchema.parse(cursor));
  if (!/^[\x20-\x7e]*$/.test(json)) throw new Error('cursor must be ASCII');
  return toBase64Url(json);
}

/** The cursor, or null for anything that is not one this server could have issued. */
export function decodeCursor(encoded: string): Cursor | null {
  if (encoded.length === 0 || encoded.length > ENCODED_CURSOR_MAX_LENGTH) return null;
  const json = fromBase64Url(encoded);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = CursorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
