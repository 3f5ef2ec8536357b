import { laptopNow } from './clock';

/** Random identities for records made on this device (the server assigns order, never identity). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * A stable UUID derived from a name, so that two devices creating "the checklist for defense X of
 * case Y" offline create the same record instead of two (RFC 9562 version 8 layout).
 */
export async function nameBasedId(namespace: string, name: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${namespace}\u0000${name}`);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)).slice(
    0,
    16,
  );
  digest[6] = (digest[6]! & 0x0f) | 0x80;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function nowIso(): string {
  return laptopNow().toISOString();
}
