/**
 * `server:admin -- audit verify [--against FILE]` and `audit export [--out FILE]`: the audit
 * chain (docs/audit-chain.md). Both first link every row committed so far, so what they check or
 * write is the whole log. A broken chain ends the command with an error naming the first broken
 * link (exit code 1). Each run is itself audited.
 */
import { open } from 'node:fs/promises';
import { AppError } from '@core/errors/app-error';
import { sealAudit } from '../audit/audit-sealer';
import type { VerifyResult } from '../audit/audit-verify';
import { exportChain, verifyAgainstExport, verifyChain } from '../audit/audit-verify';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';

function brokenError(result: Extract<VerifyResult, { ok: false }>, against?: string) {
  const { seq, auditId, reason } = result.broken;
  return new AppError(
    'conflict',
    `audit chain broken at link ${seq} (audit row ${auditId ?? 'unknown'}): ${reason}` +
      (against ? ` (compared with ${against})` : '') +
      `; the ${result.links} links before it hold`,
  );
}

export async function runAuditCommand(
  db: Db,
  orgId: string | null,
  sub: string | undefined,
  values: { against?: string | undefined; out?: string | undefined },
): Promise<string> {
  const audit = (action: string, outcome: 'ok' | 'failed', details: Record<string, number>) =>
    appendAudit(db, {
      orgId,
      actorId: null,
      deviceId: null,
      requestId: null,
      action,
      outcome,
      details: { ...details, via: 'cli' },
    });
  await sealAudit(db, { full: true });
  if (sub === 'verify') {
    const chain = await verifyChain(db);
    const result =
      chain.ok && values.against ? await verifyAgainstExport(db, values.against) : chain;
    await audit('audit.chain_verify', result.ok ? 'ok' : 'failed', {
      links: result.links,
      ...(result.ok ? {} : { brokenSeq: result.broken.seq }),
    });
    if (!result.ok) throw brokenError(result, values.against);
    return JSON.stringify(
      {
        ok: true,
        links: chain.ok ? chain.links : 0,
        head: chain.ok ? chain.headHash : null,
        ...(values.against ? { matchesExport: values.against, exportLinks: result.links } : {}),
      },
      null,
      2,
    );
  }
  if (sub === 'export') {
    const lines: string[] = [];
    const file = values.out ? await open(values.out, 'wx', 0o600) : null;
    try {
      const links = await exportChain(db, async (line) => {
        if (file) await file.write(line);
        else lines.push(line);
      });
      await audit('audit.chain_export', 'ok', { links });
      return file
        ? JSON.stringify({ written: values.out, links }, null, 2)
        : lines.join('').trimEnd();
    } finally {
      await file?.close();
    }
  }
  throw new AppError('bad_request', 'audit takes verify [--against FILE] or export [--out FILE]');
}
