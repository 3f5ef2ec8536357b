/** Published catalog and template versions: a record of what law content was released, when, by whom. */
import type { Queryable } from '../db/db';

export interface PublicationRow {
  id: string;
  kind: 'catalog' | 'template';
  version: string;
  checksum: string;
  notes: string | null;
  publishedBy: string | null;
  publishedAt: Date;
}

const COLUMNS = `id, kind, version, checksum, notes, published_by AS "publishedBy", published_at AS "publishedAt"`;

export async function insertPublication(
  q: Queryable,
  row: Omit<PublicationRow, 'publishedAt'> & { orgId: string },
): Promise<PublicationRow | null> {
  const result = await q.query<PublicationRow>(
    `INSERT INTO published_versions (id, org_id, kind, version, checksum, notes, published_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (org_id, kind, version) DO NOTHING
     RETURNING ${COLUMNS}`,
    [row.id, row.orgId, row.kind, row.version, row.checksum, row.notes, row.publishedBy],
  );
  return result.rows[0] ?? null;
}

export async function listPublications(q: Queryable, orgId: string): Promise<PublicationRow[]> {
  const result = await q.query<PublicationRow>(
    `SELECT ${COLUMNS} FROM published_versions WHERE org_id = $1 ORDER BY published_at DESC, id`,
    [orgId],
  );
  return result.rows;
}
