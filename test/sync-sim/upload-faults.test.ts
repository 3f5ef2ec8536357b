import { describe, expect, it } from 'vitest';
import { createDocumentTransport } from '../../renderer/src/sync/document-transport';
import { Prng } from './prng';
import { syntheticPdf } from './upload-faults';
import { isUploadRequest } from './upload-paths';

describe('documents under the run faults (issue 21)', () => {
  it('makes PDFs of one chunk and of two, none alike', () => {
    const prng = new Prng(3);
    const made = Array.from({ length: 60 }, () => new Uint8Array(syntheticPdf(prng)));
    for (const pdf of made) expect(new TextDecoder().decode(pdf.subarray(0, 8))).toBe('%PDF-1.7');
    const large = made.filter((pdf) => pdf.byteLength > 1024 * 1024);
    expect(large.length).toBeGreaterThan(0);
    expect(large.every((pdf) => pdf.byteLength <= 1.5 * 1024 * 1024)).toBe(true);
    expect(made.filter((pdf) => pdf.byteLength <= 2048).length).toBeGreaterThan(large.length);
    const heads = new Set(made.map((pdf) => Buffer.from(pdf.subarray(9, 41)).toString('hex')));
    expect(heads.size).toBe(made.length);
  });

  it("tells the laptop's chunk and commit requests from the rest", async () => {
    const paths: [string, string][] = [];
    const transport = createDocumentTransport(
      async (path, init) => {
        paths.push([init.method ?? 'GET', path]);
        return { index: 0, size: 1, document: {} } as never;
      },
      async () => new ArrayBuffer(0),
    );
    await transport
      .putWhole('c-1', { documentId: 'd-1', name: 'a.pdf', sha256: '0' }, new Uint8Array(1))
      .catch(() => undefined);
    await transport.putChunk('c-1', 'd-1', 3, new Uint8Array(1));
    await transport.commit('c-1', 'd-1').catch(() => undefined);
    await transport.start('c-1', {} as never).catch(() => undefined);
    await transport.remove('c-1', 'd-1').catch(() => undefined);
    expect(paths.map(([method, path]) => isUploadRequest(method!, path!))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(isUploadRequest('POST', '/v1/sync/push')).toBe(false);
  });
});
