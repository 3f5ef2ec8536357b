/**
 * What a document really is, read from its bytes (never from its name or a browser's guess).
 * The one rule for the laptop and the server: evidence for a bond or parole request is a PDF,
 * a photo (JPEG, PNG, HEIC) or a Word document; anything else is refused with a reason.
 */
import { zipEntryNames } from './zip-directory';

export const documentKinds = ['pdf', 'jpeg', 'png', 'heic', 'docx'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Why a file was refused; each has a translation under `refused.attachment_<reason>`. */
export type FileRefusal = 'empty' | 'text' | 'zip_not_docx' | 'image_not_heic' | 'unknown_type';

export type FileKindResult =
  { ok: true; kind: DocumentKind; mimeType: string } | { ok: false; reason: FileRefusal };

export const documentMimeTypes: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** ISO-BMFF brands of HEIF still images (HEVC-coded, and the generic image brand). */
const heifBrands = new Set(['heic', 'heix', 'mif1']);
/** Brands that share HEIF's container but are other formats (AVIF), refused even beside mif1. */
const otherImageBrands = new Set(['avif', 'avis']);

const DOCX_ENTRIES = ['[Content_Types].xml', 'word/document.xml'];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** The `ftyp` box's major and compatible brands, or null when the file is not ISO-BMFF. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (size < 16 || size > bytes.length || size > FILE_KIND_HEAD_BYTES) return null;
  const brands = [ascii(bytes, 8, 4)];
  for (let offset = 16; offset + 4 <= size; offset += 4) brands.push(ascii(bytes, offset, 4));
  return brands;
}

/** How many first bytes decide a file's kind, unless it is a ZIP (see detectFileKindFromHead). */
export const FILE_KIND_HEAD_BYTES = 4096;

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, FILE_KIND_HEAD_BYTES);
  return head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x20);
}

function kindOf(kind: DocumentKind): FileKindResult {
  return { ok: true, kind, mimeType: documentMimeTypes[kind] };
}

export function detectFileKind(bytes: Uint8Array): FileKindResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, PDF)) return kindOf('pdf');
  if (startsWith(bytes, PNG)) return kindOf('png');
  if (startsWith(bytes, JPEG)) return kindOf('jpeg');
  if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes);
    const isDocx = names !== null && DOCX_ENTRIES.every((name) => names.has(name));
    return isDocx ? kindOf('docx') : { ok: false, reason: 'zip_not_docx' };
  }
  const brands = ftypBrands(bytes);
  if (brands) {
    const major = brands[0] ?? '';
    const heif = heifBrands.has(major) && !brands.some((brand) => otherImageBrands.has(brand));
    return heif ? kindOf('heic') : { ok: false, reason: 'image_not_heic' };
  }
  return looksLikeText(bytes)
    ? { ok: false, reason: 'text' }
    : { ok: false, reason: 'unknown_type' };
}

/**
 * The kind of a file from its first FILE_KIND_HEAD_BYTES bytes only: the same answer as
 * detectFileKind on the whole file, or null for a ZIP (whether it is a DOCX is in its last bytes).
 */
export function detectFileKindFromHead(head: Uint8Array): FileKindResult | null {
  if (startsWith(head, ZIP)) return null;
  return detectFileKind(head.subarray(0, FILE_KIND_HEAD_BYTES));
}
