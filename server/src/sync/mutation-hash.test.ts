/**
 * The fingerprint stored with every settled mutation (`device_mutations.body_hash`). A re-sent
 * mutation is recognised by it: the same id with another fingerprint is refused as an id reused
 * for different content. So the canonical form must never drift: a hash stored by an older build
 * must still match the same mutation, whatever order its keys arrive in.
 */
import { createHash } from 'node:crypto';
import type { Mutation } from '@core/sync/mutation-schemas';
import { describe, expect, it } from 'vitest';
import { mutationHash, sameContent } from './mutation-hash';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const base: Mutation = {
  mutationId: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6',
  seq: 7,
  kind: 'patch',
  entity: 'case',
  entityId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  caseId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  baseVersion: 3,
  clientTime: '2026-11-27T09:00:00-06:00',
  patch: { set: { 'custody/iceOffice': 'Example office', 'court/court': null }, ops: [] },
  baseValues: { 'custody/iceOffice': ['a', 2, true, { z: 1, y: [] }] },
};

// Keys sorted at every depth, arrays in their order, no spaces, `seq` left out.
const canonicalOfBase =
  '{"baseValues":{"custody/iceOffice":["a",2,true,{"y":[],"z":1}]},"baseVersion":3,' +
  '"caseId":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","clientTime":"2026-11-27T09:00:00-06:00",' +
  '"entity":"case","entityId":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","kind":"patch",' +
  '"mutationId":"6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6",' +
  '"patch":{"ops":[],"set":{"court/court":null,"custody/iceOffice":"Example office"}}}';

describe('mutationHash', () => {
  it('is SHA-256 of the canonical JSON: keys sorted at every depth, without seq', () => {
    expect(mutationHash(base)).toBe(sha256(canonicalOfBase));
  });

  it('ignores key order, seq and keys set to undefined', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as Mutation;
    expect(mutationHash(reordered)).toBe(mutationHash(base));
    expect(mutationHash({ ...base, seq: 8 })).toBe(mutationHash(base));
    expect(mutationHash({ ...base, parentRevisionIds: undefined })).toBe(mutationHash(base));
  });

  it('changes with any content, an array’s order included', () => {
    const others: Mutation[] = [
      { ...base, baseVersion: 4 },
      { ...base, patch: { set: { 'custody/iceOffice': 'Other office', 'court/court': null } } },
      { ...base, baseValues: { 'custody/iceOffice': [2, 'a', true, { z: 1, y: [] }] } },
      { ...base, baseValues: { 'custody/iceOffice': ['a', 2, true, { z: 1, y: [null] }] } },
      { ...base, parentRevisionIds: [] },
    ];
    const hashes = new Set([base, ...others].map(mutationHash));
    expect(hashes.size).toBe(others.length + 1);
  });
});

describe('sameContent', () => {
  it('matches the stored hash of the same mutation, re-sent under another seq', () => {
    expect(sameContent(sha256(canonicalOfBase), { ...base, seq: 12 })).toBe(true);
    expect(sameContent(sha256(canonicalOfBase), { ...base, baseVersion: 4 })).toBe(false);
  });

  it('cannot mismatch a mutation settled before hashes were kept', () => {
    expect(sameContent(null, base)).toBe(true);
    expect(sameContent(undefined, base)).toBe(true);
  });
});
