/**
 * Test-environment shim for component tests on the encrypted database (not used by the app).
 * Under jsdom, fake-indexeddb clones records with Node's structuredClone, so sealed records come
 * back holding Node-realm buffers; Dexie's live-query cache does not know those constructors and
 * clones them into empty objects, and decryption fails. Browsers have one realm. While installed,
 * records come back with jsdom-realm buffers, and Node's WebCrypto gets Node-realm copies again.
 */
const nodeClone = globalThis.structuredClone;
const subtle = globalThis.crypto.subtle;
const nodeDecrypt = subtle.decrypt.bind(subtle);
const NodeUint8Array = nodeClone(new Uint8Array(0)).constructor as Uint8ArrayConstructor;
const isForeignBuffer = (value: unknown) =>
  Object.prototype.toString.call(value) === '[object ArrayBuffer]' &&
  !(value instanceof ArrayBuffer);

function sameRealm(value: unknown): unknown {
  if (isForeignBuffer(value))
    return Uint8Array.from(new NodeUint8Array(value as ArrayBuffer)).buffer;
  if (ArrayBuffer.isView(value) && !(value instanceof Uint8Array))
    return Uint8Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(sameRealm);
  if (
    value &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value)?.constructor?.name === 'Object'
  )
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sameRealm(v)]));
  return value;
}

function nodeBytes(value: unknown): Uint8Array<ArrayBuffer> {
  const view = ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength)
    : new Uint8Array(value as ArrayBuffer);
  return NodeUint8Array.from(view) as Uint8Array<ArrayBuffer>;
}

/** Installs the shim; returns the function that removes it. */
export function installSameRealmClone(): () => void {
  globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) =>
    sameRealm(nodeClone(value, options))) as typeof structuredClone;
  subtle.decrypt = ((algorithm: AesGcmParams, key: CryptoKey, data: BufferSource) =>
    nodeDecrypt(
      { ...algorithm, iv: nodeBytes(algorithm.iv) },
      key,
      nodeBytes(data),
    )) as typeof subtle.decrypt;
  return () => {
    globalThis.structuredClone = nodeClone;
    subtle.decrypt = nodeDecrypt;
  };
}
