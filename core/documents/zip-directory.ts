/**
 * The names in a ZIP archive's central directory (where Word records a document's parts),
 * read without inflating anything. Null when the directory is missing or inconsistent, so a
 * truncated or crafted archive is refused rather than guessed at.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

function findEndOfDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let offset = view.byteLength - END_RECORD_SIZE; offset >= earliest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

export function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < END_RECORD_SIZE) return null;
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (entries > MAX_ENTRIES || directoryStart + directorySize > end) return null;

  const names = new Set<string>();
  let offset = directoryStart;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > end) return null;
    // Byte for byte: the names looked for are ASCII, so no decoding (and no DOM) is needed.
    names.add(String.fromCharCode(...bytes.subarray(offset + 46, nameEnd)));
    offset = nameEnd + extraLength + commentLength;
  }
  return names;
}
