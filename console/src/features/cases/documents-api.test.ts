// @vitest-environment node
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import { describe, expect, it } from 'vitest';
import { ConsoleApi } from '../../api/console-api';
import { SessionStore } from '../../session/session-store';
import { fakeServer, tokens } from '../../test-support/fake-server';
import { documentsApi, sha256Hex } from './documents-api';

const caseId = '8a1f3c2e-1b2c-4d5e-8f90-123456789abc';
const MiB = 1024 * 1024;

function pdf(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).map((_, i) => i % 251);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

async function signedIn(
  content: Uint8Array<ArrayBuffer>,
  routes: Parameters<typeof fakeServer>[0] = {},
  committed?: CaseDocument,
) {
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({ status: 200, body: tokens(Date.now()) }),
    ...routes,
  });
  const chunks: { path: string; size: number }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = String(input);
    if (path.endsWith('/content')) return new Response(content, { status: 200 });
    if (path.endsWith('/commit'))
      return new Response(JSON.stringify({ document: committed }), { status: 200 });
    if (init.body instanceof Uint8Array) {
      chunks.push({ path, size: init.body.byteLength });
      const index = Number(path.split('/').pop());
      return new Response(JSON.stringify({ index, size: init.body.byteLength }), { status: 200 });
    }
    return server.fetch(input, init);
  }) as typeof globalThis.fetch;
  const store = new SessionStore({ fetch });
  await store.signIn('supervisor@example.org', 'a long password');
  return { api: documentsApi(new ConsoleApi(store, fetch)), server, chunks };
}

const document = (sha256: string): CaseDocument => ({
  id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  caseId,
  name: 'medical record.pdf',
  size: 4096,
  kind: 'pdf',
  mimeType: 'application/pdf',
  sha256,
  createdAt: '2026-12-06T10:00:00.000Z',
  createdBy: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0a02',
  deletedAt: null,
  seq: 1,
});

describe('the console documents client', () => {
  it('downloads bytes only when they hash to what the server recorded', async () => {
    const bytes = pdf(4096);
    const { api } = await signedIn(bytes);
    const good = document(await sha256Hex(bytes.buffer));
    expect(new Uint8Array(await api.download(good))).toEqual(bytes);
    await expect(api.download(document('0'.repeat(64)))).rejects.toThrow('hash_mismatch');
  });

  it('adds a document in 1 MiB chunks, skipping those the server already holds', async () => {
    const bytes = pdf(2 * MiB + 10);
    const committed = document(await sha256Hex(bytes.buffer));
    const { api, server, chunks } = await signedIn(
      bytes,
      {
        [`POST /v1/cases/${caseId}/documents/uploads`]: () => ({
          status: 200,
          body: { status: 'open', chunkSize: MiB, chunkCount: 3, received: [1] },
        }),
      },
      committed,
    );
    const progress: number[] = [];
    const added = await api.add(caseId, { name: 'record.pdf', bytes: bytes.buffer }, (sent) =>
      progress.push(sent),
    );
    expect(added).toEqual(committed);
    expect(chunks.map((c) => [c.path.split('/').pop(), c.size])).toEqual([
      ['0', MiB],
      ['2', 10],
    ]);
    const start = server.calls.find((c) => c.path.endsWith('/uploads'))!;
    expect(start.body).toMatchObject({
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes.buffer),
    });
    expect(progress.at(-1)).toBe(bytes.byteLength);
  });
});
