/** Words for a run: how to replay it, what it did, and each broken invariant with its ids. */
import {
  DEFAULT_ADMIN_RATE,
  DEFAULT_KILLS,
  DEFAULT_CHILD_PROCESS_SHARE,
  DEFAULT_POSTGRES_FAULT_RATE,
  DEFAULT_SERVER_RESTORES,
  type SimOptions,
  type SimReport,
} from './runner';
import { DEFAULT_BACKUP_WEIGHT } from './operations';
import { invariantNames, isKnownIssue, knownIssues } from './violation';

export function replayCommand(options: SimOptions): string {
  const extra = [
    options.kills !== undefined && options.kills !== DEFAULT_KILLS
      ? `--kills ${options.kills}`
      : '',
    options.adminRate !== undefined && options.adminRate !== DEFAULT_ADMIN_RATE
      ? `--admin-rate ${options.adminRate}`
      : '',
    options.postgresFaultRate !== undefined &&
    options.postgresFaultRate !== DEFAULT_POSTGRES_FAULT_RATE
      ? `--pg-fault-rate ${options.postgresFaultRate}`
      : '',
    options.childProcessShare !== undefined &&
    options.childProcessShare !== DEFAULT_CHILD_PROCESS_SHARE
      ? `--child-process-share ${options.childProcessShare}`
      : '',
    options.serverRestores !== undefined && options.serverRestores !== DEFAULT_SERVER_RESTORES
      ? `--server-restores ${options.serverRestores}`
      : '',
    options.backupWeight !== undefined && options.backupWeight !== DEFAULT_BACKUP_WEIGHT
      ? `--backup-weight ${options.backupWeight}`
      : '',
  ].filter(Boolean);
  return [
    `npm run sim -- --seed ${options.seed} --clients ${options.clients} --ops ${options.ops}`,
    ...extra,
  ].join(' ');
}

const MAX_LISTED = 25;

function postgresFaults(f: SimReport['postgresFaults']): string {
  if (f.skipped) return `no restarts or terminated connections (skipped: ${f.skipped})`;
  return (
    `restarted (-m immediate) ${f.restarts} time(s), the server's connections terminated ` +
    `${f.terminations} time(s) (${f.backendsTerminated} backends); ${f.midTransaction} inside a transaction`
  );
}

function serverRestores(r: SimReport['serverRestores']): string {
  if (r.skipped) return `no (skipped: ${r.skipped})`;
  return (
    `${r.restores} time(s) (${r.dumps} dump(s), ${r.changesLost} change-log rows lost, ` +
    `operator's epoch bump after ${r.operatorBumps}); lost with a case that had left its ` +
    `author's laptop, held by no laptop, counted missing there: ${r.lostWithLeavingCases}`
  );
}

function counts(record: Record<string, number | { done: number; skipped: number }>): string {
  return Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key} ${typeof n === 'number' ? n : `${n.done}/${n.done + n.skipped}`}`)
    .join(', ');
}

export function formatReport(report: SimReport): string {
  const { options } = report;
  const lines = [
    `seed ${options.seed}: ${options.clients} laptops × ${options.ops} operations on ${report.database}, ` +
      `${(report.ms / 1000).toFixed(1)} s — ${verdict(report)}`,
    `  operations (done/tried): ${counts(report.operations)}`,
    `  network faults: ${counts(report.faults) || 'none'}`,
    `  server kills: ${report.kills.total} (${report.kills.midTransaction} inside a transaction in this process); ` +
      `as a child process: started ${report.kills.process.started} time(s), SIGKILL ${report.kills.process.midPush} mid-push, ` +
      `${report.kills.process.midPull} mid-pull, ${report.kills.process.between} between requests; ` +
      `syncs: ${report.syncs.total} (${report.syncs.failed} failed); supervisor changes: ${report.adminChanges}`,
    `  saved revisions: ${report.savedRevisions} (${report.refusedSaves} autosaves refused, note finalised elsewhere); logged writes: ${report.writes}; ` +
      `quiescence in ${report.quiescenceRounds} round(s)`,
    `  PostgreSQL: ${postgresFaults(report.postgresFaults)}`,
    `  server restored from a pg_dump: ${serverRestores(report.serverRestores)}`,
    `  change log pruned (410 for every laptop): ${report.prunes} time(s); laptops restored from an earlier snapshot: ${report.laptopRestores}`,
    `  disk full: ${report.diskFull.syncs} time(s), ${report.diskFull.reported} sync(s) said so`,
    `  laptop clocks off by up to ${report.clocks.maxSkewHours} h: ${report.clocks.skewed} laptop(s), ${report.clocks.changed} set or thrown off mid-run; crashes right after a pull page: ${report.pullCrashes}`,
    `  document uploads: ${report.uploads.faulted} chunk or commit request(s) faulted; server killed mid-upload ${report.uploads.betweenChunks} time(s) between chunks, ${report.uploads.inCommit} in the commit`,
    `  token refreshes: ${report.refreshes.total} (${report.refreshes.answerLost} answers lost, ${report.refreshes.duplicated} sent twice; signed out and in again ${report.refreshes.signInsAgain} time(s))`,
    `  local copies damaged: ${report.checksum.damaged}; checksum differences found and repaired: ${report.checksum.found}`,
    `  conflicts: ${counts(report.conflicts) || 'none'}`,
    `  quarantined: ${report.quarantined.length}`,
  ];
  for (const q of report.quarantined.slice(0, MAX_LISTED))
    lines.push(
      `    - ${q.reason}: mutation ${q.mutation} (${q.entity ?? '?'}) from device ${q.device}`,
    );
  if (report.violations.length > 0) {
    lines.push(`  replay: ${replayCommand(options)}`);
    const kinds = new Map<string, number>();
    for (const v of report.violations) {
      const key = `${v.invariant}: ${v.problem.replace(/\(.*\)|\d+/g, '…')}`;
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    for (const [kind, n] of kinds) lines.push(`  ${n} × ${kind}`);
    const listed = [...report.violations].sort(
      (a, b) => Number(isKnownIssue(a, report)) - Number(isKnownIssue(b, report)),
    );
    for (const v of listed.slice(0, MAX_LISTED)) {
      const ids = Object.entries(v.ids)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ');
      const known = isKnownIssue(v, report) ? ' (known issue, reported)' : '';
      lines.push(
        `  ${v.invariant} (${invariantNames[v.invariant]}): ${v.problem}${known} [${ids}]`,
      );
    }
    if (report.violations.length > MAX_LISTED)
      lines.push(`  … and ${report.violations.length - MAX_LISTED} more`);
  }
  return lines.join('\n');
}

/** The violations that are not known, reported issues: any of these fails a run. */
export function newViolations(report: SimReport) {
  return report.violations.filter((v) => !isKnownIssue(v, report));
}

function verdict(report: SimReport): string {
  const fresh = newViolations(report).length;
  const known = report.violations.length - fresh;
  if (report.violations.length === 0) return 'all invariants hold';
  const parts = [fresh > 0 ? `${fresh} violation(s)` : 'no new violation'];
  if (known > 0)
    parts.push(`${known} of known issues (${knownIssues.length} listed in violation.ts)`);
  return parts.join(', ');
}
