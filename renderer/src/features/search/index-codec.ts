/**
 * The search index's persisted form: one buffer the main thread seals as bytes. A small JSON
 * header, then the sections, each 4-byte aligned:
 * - `meta`: JSON of each document's id, source, case, stamp and parts;
 * - `texts`: every document's text, UTF-8, one after the other (`textLengths` in UTF-16 units);
 * - `terms`: the sorted terms joined by newlines (a term is letters and digits only);
 * - `starts`, `lengths`: where each term's postings start, and each document's term count;
 * - `slots`: each term's document slots, ascending, as LEB128 varints of the gaps between them
 *   (mostly one byte instead of four: less to inflate and decrypt at unlock);
 * - `freqs`: each posting's term frequency, one byte (capped at 255; BM25 saturates long before).
 */
import type { Frozen } from './postings';
import type { Stored } from './search-engine';

export interface IndexContents {
  version: string;
  ids: string[];
  docs: Stored[];
  lengths: number[];
  frozen: Frozen;
}

type Meta = [string, Stored['source'], string, string, Stored['parts']];
const SECTIONS = ['meta', 'texts', 'textLengths', 'terms', 'starts', 'slots', 'freqs', 'lengths'];

const align = (n: number) => (n + 3) & ~3;

export function encodeIndex(contents: IndexContents): ArrayBuffer {
  const encoder = new TextEncoder();
  const { ids, docs, frozen } = contents;
  const parts: Record<string, Uint8Array> = {
    meta: encoder.encode(
      JSON.stringify(
        ids.map((id, i): Meta => {
          const doc = docs[i]!;
          return [id, doc.source, doc.caseId, doc.stamp, doc.parts];
        }),
      ),
    ),
    texts: encoder.encode(docs.map((doc) => doc.text).join('')),
    textLengths: bytesOf(Uint32Array.from(docs, (doc) => doc.text.length)),
    terms: encoder.encode(frozen.terms.join('\n')),
    starts: bytesOf(frozen.starts),
    slots: gapsOf(frozen),
    freqs: Uint8Array.from(frozen.freqs, (freq) => Math.min(freq, 255)),
    lengths: bytesOf(Uint32Array.from(contents.lengths)),
  };
  const layout: Record<string, [number, number]> = {};
  let offset = 0;
  for (const name of SECTIONS) {
    layout[name] = [offset, parts[name]!.byteLength];
    offset = align(offset + parts[name]!.byteLength);
  }
  const header = encoder.encode(
    JSON.stringify({
      version: contents.version,
      count: ids.length,
      terms: frozen.terms.length,
      layout,
    }),
  );
  const base = align(4 + header.byteLength);
  const out = new Uint8Array(base + offset);
  new DataView(out.buffer).setUint32(0, header.byteLength, true);
  out.set(header, 4);
  for (const name of SECTIONS) out.set(parts[name]!, base + layout[name]![0]);
  return out.buffer;
}

/** Each term's slots as varint gaps from the previous slot of the same term. */
function gapsOf({ starts, slots }: Frozen): Uint8Array {
  const out = new Uint8Array(slots.length * 5);
  let at = 0;
  for (let term = 0; term + 1 < starts.length; term += 1) {
    let previous = 0;
    for (let p = starts[term]!; p < starts[term + 1]!; p += 1) {
      const slot = slots[p]!;
      if (slot < previous) throw new Error('search index postings out of order');
      let gap = slot - previous;
      previous = slot;
      while (gap > 0x7f) {
        out[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      out[at++] = gap;
    }
  }
  return out.subarray(0, at);
}

function slotsOf(bytes: Uint8Array, starts: Uint32Array, count: number): Uint32Array {
  const slots = new Uint32Array(count);
  let at = 0;
  for (let term = 0; term + 1 < starts.length; term += 1) {
    let previous = 0;
    for (let p = starts[term]!; p < starts[term + 1]!; p += 1) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        if (at >= bytes.length || shift > 28) throw new Error('search index slots');
        byte = bytes[at++]!;
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      previous += gap >>> 0;
      slots[p] = previous;
    }
  }
  if (at !== bytes.length) throw new Error('search index slots');
  return slots;
}

function bytesOf(array: Uint32Array | Uint16Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** Throws unless `buffer` is a whole, consistent index of `version`. */
export function decodeIndex(buffer: ArrayBuffer, version: string): IndexContents {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const headerLength = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(decoder.decode(new Uint8Array(buffer, 4, headerLength))) as {
    version?: unknown;
    count?: unknown;
    terms?: unknown;
    layout?: Record<string, [number, number]>;
  };
  if (header.version !== version) throw new Error('search index version');
  const count = header.count as number;
  const termCount = header.terms as number;
  const base = align(4 + headerLength);
  const section = (name: string): [number, number] => {
    const [offset, length] = header.layout?.[name] ?? [-1, -1];
    if (!(offset >= 0 && length >= 0 && base + offset + length <= buffer.byteLength))
      throw new Error('search index layout');
    return [base + offset, length];
  };
  const bytes = (name: string) => new Uint8Array(buffer, ...section(name));
  const u32 = (name: string) => {
    const [offset, length] = section(name);
    return new Uint32Array(buffer, offset, length / 4);
  };
  const meta = JSON.parse(decoder.decode(bytes('meta'))) as Meta[];
  const texts = decoder.decode(bytes('texts'));
  const textLengths = u32('textLengths');
  const terms = termCount === 0 ? [] : decoder.decode(bytes('terms')).split('\n');
  const starts = u32('starts');
  const freqs = Uint16Array.from(bytes('freqs'));
  const lengths = Array.from(u32('lengths'));
  if (
    !Array.isArray(meta) ||
    meta.length !== count ||
    textLengths.length !== count ||
    lengths.length !== count ||
    terms.length !== termCount ||
    starts.length !== termCount + 1 ||
    starts[0] !== 0 ||
    starts[termCount] !== freqs.length
  )
    throw new Error('search index counts');
  for (let i = 0; i < termCount; i += 1)
    if (starts[i]! > starts[i + 1]!) throw new Error('search index starts');
  const slots = slotsOf(bytes('slots'), starts, freqs.length);
  for (const slot of slots) if (slot >= count) throw new Error('search index slots');
  const ids: string[] = [];
  const docs: Stored[] = [];
  let at = 0;
  meta.forEach(([id, source, caseId, stamp, parts], i) => {
    const text = texts.slice(at, (at += textLengths[i]!));
    ids.push(id);
    docs.push({ source, caseId, stamp, text, parts });
  });
  if (at !== texts.length) throw new Error('search index texts');
  return { version, ids, docs, lengths, frozen: { terms, starts, slots, freqs } };
}
