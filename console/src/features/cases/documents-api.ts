import {
  CaseDocumentsResponseSchema,
  ChunkResponseSchema,
  CommitResponseSchema,
  UploadStateSchema,
  type CaseDocument,
} from '@core/documents/document-sync-schemas';
import type { ConsoleApi } from '../../api/console-api';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A case's documents for supervisors: list, download (hash checked), add in 1 MiB chunks. */
export const documentsApi = (api: ConsoleApi) => {
  const base = (caseId: string) => `/v1/cases/${encodeURIComponent(caseId)}/documents`;
  return {
    list: async (caseId: string) =>
      (await api.get(base(caseId), CaseDocumentsResponseSchema)).documents,
    /** The bytes, refused if they do not hash to what the server recorded. */
    async download(document: CaseDocument): Promise<ArrayBuffer> {
      const bytes = await api.bytes(`${base(document.caseId)}/${document.id}/content`);
      if ((await sha256Hex(bytes)) !== document.sha256) throw new Error('hash_mismatch');
      return bytes;
    },
    async add(
      caseId: string,
      file: { name: string; bytes: ArrayBuffer },
      onProgress: (sent: number, total: number) => void,
    ): Promise<CaseDocument> {
      const documentId = crypto.randomUUID();
      const bytes = new Uint8Array(file.bytes);
      const state = await api.post(`${base(caseId)}/uploads`, UploadStateSchema, {
        documentId,
        name: file.name.slice(0, 200),
        size: bytes.byteLength,
        sha256: await sha256Hex(file.bytes),
      });
      if (state.status === 'committed') return state.document;
      let sent = 0;
      for (let index = 0; index < state.chunkCount; index += 1) {
        const chunk = bytes.subarray(index * state.chunkSize, (index + 1) * state.chunkSize);
        onProgress(sent, bytes.byteLength);
        if (!state.received.includes(index))
          await api.call('PUT', `${base(caseId)}/${documentId}/chunks/${index}`, {
            schema: ChunkResponseSchema,
            body: chunk,
          });
        sent += chunk.byteLength;
      }
      onProgress(bytes.byteLength, bytes.byteLength);
      return (await api.post(`${base(caseId)}/${documentId}/commit`, CommitResponseSchema))
        .document;
    },
  };
};
