const encoder = new TextEncoder();

/** A stored (uncompressed) ZIP holding the named entries, built by hand as Word's are. */
export function zipOf(names: string[]): Uint8Array {
  const locals: number[] = [];
  const directory: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  for (const name of names) {
    const nameBytes = [...encoder.encode(name)];
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0));
    locals.push(...u32(0), ...u32(0), ...u16(nameBytes.length), ...u16(0), ...nameBytes);
    directory.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0));
    directory.push(...u32(0), ...u32(0), ...u32(0), ...u32(0), ...u16(nameBytes.length));
    directory.push(...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset));
    directory.push(...nameBytes);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(names.length)];
  end.push(...u16(names.length), ...u32(directory.length), ...u32(locals.length), ...u16(0));
  return new Uint8Array([...locals, ...directory, ...end]);
}

/** The smallest ZIP that passes for a Word document: its two required parts. */
export function wordZip(): Uint8Array {
  return zipOf(['[Content_Types].xml', 'word/document.xml']);
}
