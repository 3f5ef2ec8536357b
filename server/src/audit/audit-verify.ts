/**
 * `audit verify`, `audit export` and `audit verify --against`: the chain is walked in `seq` order,
 * each row's hash recomputed from its columns and each link from the one before, and the first
 * link that does not hold is named. An export (JSON lines: the link and the row as hashed) kept
 * off the server catches what the chain alone cannot: a history edited and then re-chained from
 * the edit onwards keeps a valid chain, but not the chain hashes the export recorded.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Queryable } from '../db/db';
import type { CanonicalAuditRow } from './audit-hash';
import { AUDIT_ROW_COLUMNS, chainHash, GENESIS_HASH, rowHash } from './audit-hash';

const PAGE = 5_000;

export interface ExportedLink {
  seq: number;
  auditId: number;
  rowHash: string;
  chainHash: string;
  row: CanonicalAuditRow;
}

export type BrokenReason =
  | 'row_edited'
  | 'row_missing'
  | 'link_broken'
  | 'seq_gap'
  | 'rewritten'
  | 'truncated'
  | 'export_invalid';

export interface BrokenLink {
  seq: number;
  auditId: number | null;
  reason: BrokenReason;
}

export type VerifyResult =
  | { ok: true; links: number; headHash: string; unsealed: number }
  | { ok: false; links: number; broken: BrokenLink };

interface StoredLink {
  seq: number;
  auditId: number;
  rowHash: string;
  chainHash: string;
  row: CanonicalAuditRow | null;
}

async function linksAfter(q: Queryable, afterSeq: number, limit: number): Promise<StoredLink[]> {
  const result = await q.query<
    {
      seq: number;
      linkAuditId: number;
      linkRowHash: string;
      linkChainHash: string;
    } & Partial<CanonicalAuditRow>
  >(
    `SELECT c.seq, c.audit_id AS "linkAuditId", c.row_hash AS "linkRowHash",
       c.chain_hash AS "linkChainHash", ${AUDIT_ROW_COLUMNS}
     FROM audit_chain c LEFT JOIN audit_log a ON a.id = c.audit_id
     WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
    [afterSeq, limit],
  );
  return result.rows.map(({ seq, linkAuditId, linkRowHash, linkChainHash, ...row }) => ({
    seq,
    auditId: linkAuditId,
    rowHash: linkRowHash,
    chainHash: linkChainHash,
    row: row.id === null || row.id === undefined ? null : (row as CanonicalAuditRow),
  }));
}

/** Checks one link against the one before it; the reason it fails, or null. */
function checkLink(link: StoredLink, previousSeq: number, previousHash: string) {
  if (link.seq !== previousSeq + 1) return 'seq_gap';
  if (!link.row) return 'row_missing';
  if (rowHash(link.row) !== link.rowHash) return 'row_edited';
  if (chainHash(previousHash, link.seq, link.rowHash) !== link.chainHash) return 'link_broken';
  return null;
}

/** Walks the whole chain; names the first broken link. */
export async function verifyChain(q: Queryable): Promise<VerifyResult> {
  let previousSeq = 0;
  let previousHash = GENESIS_HASH;
  for (;;) {
    const page = await linksAfter(q, previousSeq, PAGE);
    for (const link of page) {
      const reason = checkLink(link, previousSeq, previousHash);
      if (reason)
        return {
          ok: false,
          links: previousSeq,
          broken: { seq: previousSeq + 1, auditId: link.auditId, reason },
        };
      previousSeq = link.seq;
      previousHash = link.chainHash;
    }
    if (page.length < PAGE) break;
  }
  const unsealed = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log a
     WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id)`,
  );
  return { ok: true, links: previousSeq, headHash: previousHash, unsealed: unsealed.rows[0]!.n };
}

/** Every link with its row, oldest first, one JSON line each. Returns how many. */
export async function exportChain(
  q: Queryable,
  write: (line: string) => Promise<void> | void,
): Promise<number> {
  let after = 0;
  for (;;) {
    const page = await linksAfter(q, after, PAGE);
    for (const link of page) {
      await write(`${JSON.stringify(link)}\n`);
      after = link.seq;
    }
    if (page.length < PAGE) return after;
  }
}

function parseExportLine(text: string): ExportedLink | null {
  try {
    const value = JSON.parse(text) as ExportedLink;
    return typeof value.seq === 'number' && value.row && typeof value.chainHash === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

/**
 * Compares the database's chain with an earlier export: every link the export holds must still
 * be there with the same chain hash. The export is checked on its own first (a damaged or forged
 * export is named as such, not taken as the truth).
 */
export async function verifyAgainstExport(q: Queryable, file: string): Promise<VerifyResult> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let previousSeq = 0;
  let previousHash = GENESIS_HASH;
  let pending: ExportedLink[] = [];
  const compare = async (): Promise<BrokenLink | null> => {
    if (pending.length === 0) return null;
    const stored = await linksAfter(q, pending[0]!.seq - 1, pending.length);
    for (const [index, exported] of pending.entries()) {
      const current = stored[index];
      if (!current || current.seq !== exported.seq)
        return { seq: exported.seq, auditId: exported.auditId, reason: 'truncated' };
      if (current.chainHash !== exported.chainHash || current.auditId !== exported.auditId)
        return { seq: exported.seq, auditId: exported.auditId, reason: 'rewritten' };
    }
    pending = [];
    return null;
  };
  for await (const text of lines) {
    if (text.trim() === '') continue;
    const link = parseExportLine(text);
    if (
      !link ||
      checkLink({ ...link, row: link.row }, previousSeq, previousHash) !== null ||
      link.auditId !== link.row.id
    )
      return {
        ok: false,
        links: previousSeq,
        broken: { seq: previousSeq + 1, auditId: link?.auditId ?? null, reason: 'export_invalid' },
      };
    previousSeq = link.seq;
    previousHash = link.chainHash;
    pending.push(link);
    if (pending.length >= PAGE) {
      const broken = await compare();
      if (broken) return { ok: false, links: broken.seq - 1, broken };
    }
  }
  const broken = await compare();
  if (broken) return { ok: false, links: broken.seq - 1, broken };
  return { ok: true, links: previousSeq, headHash: previousHash, unsealed: 0 };
}
