/**
 * I2 for documents (issue 22), at rest: every live document on the server has bytes that hash to
 * its SHA-256, and is on every laptop allowed to see its case, synced, with bytes of that hash;
 * a document deleted on the server is gone from every laptop; a laptop holds no document the
 * server does not know, and none still waiting to go. A document added on a laptop that then
 * lost its case, or was restored from a snapshot taken before it, may never reach the server:
 * by design (docs/documents-sync.md), so only what is on the server or still on a laptop counts.
 */
import { createHash } from 'node:crypto';
import { blobKey, concatBytes } from '../../server/src/documents/document-store';
import type { AttachmentRow } from '../../renderer/src/db/rows';
import type { Access } from './invariants';
import type { SimClient } from './sim-client';
import type { SimServer } from './sim-server';
import { violation, type Violation } from './violation';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface ServerDocument {
  id: string;
  orgId: string;
  caseId: string;
  sha256: string;
  deleted: boolean;
}

export interface DocumentSnapshot {
  server: ServerDocument[];
  laptops: {
    name: string;
    userId: string;
    rows: AttachmentRow[];
    /** SHA-256 of the bytes each row holds (decrypted), by document id. */
    hashes: Map<string, string>;
  }[];
  /** Live documents whose stored bytes do not hash to their SHA-256 (or are missing). */
  damagedOnServer: string[];
}

export async function documentSnapshot(
  server: SimServer,
  clients: readonly SimClient[],
): Promise<DocumentSnapshot> {
  const documents = (
    await server.query<ServerDocument>(
      `SELECT id, org_id AS "orgId", case_id AS "caseId", sha256,
         deleted_at IS NOT NULL AS deleted FROM case_documents ORDER BY id`,
    )
  ).rows;
  const damagedOnServer: string[] = [];
  for (const document of documents.filter((d) => !d.deleted)) {
    // The embedded store's chunks (databaseDocumentStore), read as it reads them.
    const parts = await server.query<{ bytes: Uint8Array }>(
      'SELECT bytes FROM document_chunks WHERE owner = $1 ORDER BY idx',
      [`b:${blobKey(document.orgId, document.sha256)}`],
    );
    const bytes = parts.rows.length > 0 ? concatBytes(parts.rows.map((row) => row.bytes)) : null;
    if (!bytes || sha256(bytes) !== document.sha256) damagedOnServer.push(document.id);
  }
  const laptops = [];
  for (const client of clients) {
    const db = client.device.db;
    const rows = await db.attachments.toArray();
    const hashes = new Map<string, string>();
    for (const row of rows) {
      const content = (await db.attachmentContents.get(row.id))?.content;
      if (content) hashes.set(row.id, sha256(new Uint8Array(content)));
    }
    laptops.push({ name: client.name, userId: client.userId, rows, hashes });
  }
  return { server: documents, laptops, damagedOnServer };
}

export function checkDocuments(snapshot: DocumentSnapshot, access: Access): Violation[] {
  const found: Violation[] = snapshot.damagedOnServer.map((id) =>
    violation('I2', "file's bytes on the server do not match its SHA-256", { file: id }),
  );
  const onServer = new Map(snapshot.server.map((d) => [d.id, d]));
  for (const laptop of snapshot.laptops) {
    const here = new Map(laptop.rows.map((row) => [row.id, row]));
    for (const document of snapshot.server) {
      if (!access.allows(laptop.userId, document.caseId)) continue;
      const ids = { laptop: laptop.name, case: document.caseId, file: document.id };
      const row = here.get(document.id);
      if (document.deleted) {
        if (row)
          found.push(violation('I2', 'file deleted on the server, still on the laptop', ids));
        continue;
      }
      if (!row) found.push(violation('I2', 'file missing on the laptop', ids));
      else if (row.syncState !== 'synced')
        found.push(
          violation('I2', `file ${row.syncState ?? 'unsynced'} on the laptop at rest`, ids),
        );
      else if (row.sha256 !== document.sha256 || laptop.hashes.get(row.id) !== document.sha256)
        found.push(violation('I2', "file's bytes on the laptop differ from the server's", ids));
    }
    for (const row of laptop.rows) {
      const known = onServer.get(row.id);
      if (known && !access.allows(laptop.userId, known.caseId))
        found.push(
          violation('I6', "file of a case the laptop's attorney is not assigned to", {
            laptop: laptop.name,
            case: row.caseId,
            file: row.id,
          }),
        );
      if (known) continue;
      found.push(
        violation(
          'I2',
          `file on the laptop unknown to the server (${row.syncState ?? 'unsynced'})`,
          {
            laptop: laptop.name,
            case: row.caseId,
            file: row.id,
          },
        ),
      );
    }
  }
  return found;
}
