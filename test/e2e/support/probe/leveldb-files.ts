/**
 * Reads every value out of a LevelDB directory's files as an attacker with a copy of the profile
 * would: the write-ahead logs (`*.log`) record by record, and the tables (`*.ldb`, `*.sst`) block
 * by block (Snappy-compressed blocks decompressed), including values already deleted or
 * overwritten that a compaction has not dropped yet. Nothing here asks LevelDB or Chromium.
 */

export interface LevelDbValue {
  key: Buffer;
  value: Buffer;
  /** The file it came from, relative to the directory searched. */
  source: string;
}

export interface LevelDbReadResult {
  values: LevelDbValue[];
  /** Blocks this reader could not decode (unknown compression): a probe must not ignore these. */
  unreadable: string[];
}

function varint(buf: Buffer, at: number): [value: number, next: number] {
  let result = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    if (i >= buf.length) throw new Error('varint past the end');
    const byte = buf[i++]!;
    result += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [result, i];
    shift += 7;
  }
}

/** Snappy's raw format (what LevelDB stores in a compressed block). */
export function snappyDecompress(input: Buffer): Buffer {
  const [length, start] = varint(input, 0);
  const out = Buffer.alloc(length);
  let o = 0;
  let i = start;
  while (i < input.length) {
    const tag = input[i++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let len = tag >> 2;
      if (len >= 60) {
        const bytes = len - 59;
        len = input.readUIntLE(i, bytes);
        i += bytes;
      }
      len += 1;
      input.copy(out, o, i, i + len);
      i += len;
      o += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      len = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | input[i++]!;
    } else if (kind === 2) {
      len = (tag >> 2) + 1;
      offset = input.readUInt16LE(i);
      i += 2;
    } else {
      len = (tag >> 2) + 1;
      offset = input.readUInt32LE(i);
      i += 4;
    }
    if (offset === 0 || offset > o) throw new Error('bad snappy copy');
    for (let k = 0; k < len; k += 1) out[o + k] = out[o - offset + k]!;
    o += len;
  }
  if (o !== length) throw new Error('snappy length mismatch');
  return out;
}

const BLOCK = 32 * 1024;

/** The records of a LevelDB log (also the MANIFEST's format), fragments joined. */
function logRecords(file: Buffer): Buffer[] {
  const records: Buffer[] = [];
  let pending: Buffer[] = [];
  for (let block = 0; block < file.length; block += BLOCK) {
    let at = block;
    const end = Math.min(block + BLOCK, file.length);
    while (at + 7 <= end) {
      const length = file.readUInt16LE(at + 4);
      const type = file[at + 6]!;
      const data = file.subarray(at + 7, at + 7 + length);
      at += 7 + length;
      if (type === 0) break; // preallocated zeros
      if (type === 1) records.push(Buffer.from(data));
      else if (type === 2) pending = [data];
      else if (type === 3) pending.push(data);
      else if (type === 4) {
        pending.push(data);
        records.push(Buffer.concat(pending));
        pending = [];
      }
    }
  }
  return records;
}

function writeBatchValues(record: Buffer, source: string): LevelDbValue[] {
  const values: LevelDbValue[] = [];
  if (record.length < 12) return values;
  const count = record.readUInt32LE(8);
  let at = 12;
  try {
    for (let n = 0; n < count && at < record.length; n += 1) {
      const tag = record[at++]!;
      const [keyLength, afterKeyLength] = varint(record, at);
      const key = record.subarray(afterKeyLength, afterKeyLength + keyLength);
      at = afterKeyLength + keyLength;
      if (tag !== 1) continue; // a deletion: no value
      const [valueLength, afterValueLength] = varint(record, at);
      values.push({
        key: Buffer.from(key),
        value: Buffer.from(record.subarray(afterValueLength, afterValueLength + valueLength)),
        source,
      });
      at = afterValueLength + valueLength;
    }
  } catch {
    // A torn record at the end of a log: what was read so far stands.
  }
  return values;
}

export function readLog(file: Buffer, source: string): LevelDbValue[] {
  return logRecords(file).flatMap((record) => writeBatchValues(record, source));
}

function blockEntries(block: Buffer): { key: Buffer; value: Buffer }[] {
  const restarts = block.readUInt32LE(block.length - 4);
  const limit = block.length - 4 - restarts * 4;
  const entries: { key: Buffer; value: Buffer }[] = [];
  let key = Buffer.alloc(0);
  let at = 0;
  while (at < limit) {
    const [shared, a] = varint(block, at);
    const [unshared, b] = varint(block, a);
    const [valueLength, c] = varint(block, b);
    key = Buffer.concat([key.subarray(0, shared), block.subarray(c, c + unshared)]);
    const value = block.subarray(c + unshared, c + unshared + valueLength);
    entries.push({ key: Buffer.from(key), value: Buffer.from(value) });
    at = c + unshared + valueLength;
  }
  return entries;
}

function readBlock(file: Buffer, offset: number, size: number): Buffer {
  const data = file.subarray(offset, offset + size);
  const type = file[offset + size];
  if (type === 0) return data;
  if (type === 1) return snappyDecompress(data);
  throw new Error(`block compression ${String(type)}`);
}

export function readTable(file: Buffer, source: string): LevelDbReadResult {
  const footer = file.subarray(file.length - 48);
  if (footer.readUInt32LE(40) !== 0x8b80fb57 || footer.readUInt32LE(44) !== 0xdb477524)
    return { values: [], unreadable: [`${source}: not a table`] };
  const [, m1] = varint(footer, 0);
  const [, m2] = varint(footer, m1);
  const [indexOffset, i1] = varint(footer, m2);
  const [indexSize] = varint(footer, i1);
  const values: LevelDbValue[] = [];
  const unreadable: string[] = [];
  for (const { value: handle } of blockEntries(readBlock(file, indexOffset, indexSize))) {
    const [offset, h1] = varint(handle, 0);
    const [size] = varint(handle, h1);
    try {
      for (const entry of blockEntries(readBlock(file, offset, size)))
        values.push({ ...entry, source });
    } catch (error) {
      unreadable.push(`${source}@${offset}: ${(error as Error).message}`);
    }
  }
  return { values, unreadable };
}
