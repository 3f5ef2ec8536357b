/**
 * What differed, in each case a laptop's checksum found different (invariant C): seen on the
 * re-fetch's way in, through the laptop's own fetch. Before its first page is applied, the
 * laptop's items (as `localCaseChecksum` counts them) are read; after its last page, they are
 * compared with the server's rows. Ids and versions only: `e|<id>|<version>` for a document,
 * `r|<id>` for a note revision, each marked as held only here (`here:`) or only on the server
 * (`server:`).
 */
import type { AmparoDatabase } from '../../renderer/src/db/database';

async function localItems(db: AmparoDatabase, caseId: string): Promise<Set<string>> {
  const refused = new Set(
    (await db.outbox.where('caseId').equals(caseId).toArray()).map((row) => row.entityId),
  );
  const docs = await db.docs.where('caseId').equals(caseId).toArray();
  const revisions = await db.noteRevisions.where('caseId').equals(caseId).primaryKeys();
  return new Set([
    ...docs.filter((d) => d.version > 0).map((d) => `e|${d.id}|${d.version}`),
    ...revisions.filter((id) => !refused.has(String(id))).map((id) => `r|${String(id)}`),
  ]);
}

interface Change {
  entity: string;
  id: string;
  version: number;
  row?: unknown;
}

/** A fetch that records, per case re-fetched, the items that differed (newest first). */
export function checksumTracingFetch(
  db: () => AmparoDatabase,
  record: (caseId: string, differences: string[]) => void,
): typeof fetch {
  const underWay = new Map<string, { here: Set<string>; server: Set<string> }>();
  return async (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href);
    const caseId = url.pathname.endsWith('/v1/sync/case') ? url.searchParams.get('caseId') : null;
    if (caseId && !url.searchParams.has('after'))
      underWay.set(caseId, { here: await localItems(db(), caseId), server: new Set() });
    const response = await fetch(input, init);
    const trace = caseId ? underWay.get(caseId) : undefined;
    if (!caseId || !trace || !response.ok) return response;
    const page = (await response.clone().json()) as { changes: Change[]; next: string | null };
    for (const c of page.changes) {
      if (!c.row) continue;
      trace.server.add(c.entity === 'noteRevision' ? `r|${c.id}` : `e|${c.id}|${c.version}`);
    }
    if (page.next === null) {
      underWay.delete(caseId);
      record(caseId, [
        ...[...trace.here].filter((item) => !trace.server.has(item)).map((i) => `here:${i}`),
        ...[...trace.server].filter((item) => !trace.here.has(item)).map((i) => `server:${i}`),
      ]);
    }
    return response;
  };
}
