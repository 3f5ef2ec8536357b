/**
 * The server-side faults of issue 21 in a short run, each made often: PostgreSQL restarted with
 * `-m immediate` and the server's connections terminated (its own cluster), the server as a child
 * process killed with SIGKILL mid-push, mid-pull and between requests. Needs PostgreSQL
 * (`DATABASE_URL`) and a cluster of the simulation's own (pg_ctl, root for runuser): elsewhere it
 * says why it is skipped. The long runs with these faults at their usual rates are the seeds of
 * simulation.test.ts and `npm run sim`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { throwawayClusterUnavailable } from '../../server/src/test-support/throwaway-cluster';
import { formatReport, newViolations } from './report';
import { runSimulation } from './runner';
import { disposeTemplate } from './sim-database';

const skipped = !process.env['DATABASE_URL']
  ? 'no DATABASE_URL: the run would be on PGlite'
  : throwawayClusterUnavailable();
if (skipped) process.stdout.write(`server-faults.test.ts skipped: ${skipped}\n`);

describe.skipIf(skipped !== null)('server and PostgreSQL killed under the laptops', () => {
  afterAll(() => disposeTemplate());

  it('every invariant holds after restarts, lost connections and SIGKILLs', async () => {
    // Whether a strike lands inside a transaction depends on timing (none did in one of CI's runs,
    // 5 strikes): up to three seeds, every invariant checked on each, until one has.
    let midTransaction = 0;
    for (const seed of [21, 22, 23]) {
      const report = await runSimulation({
        seed,
        clients: 3,
        ops: 30,
        kills: 6,
        postgresFaultRate: 0.08,
        childProcessShare: 1,
      });
      const message = formatReport(report);
      expect(newViolations(report), message).toEqual([]);
      expect(report.postgresFaults.skipped, message).toBeNull();
      expect(report.postgresFaults.restarts, message).toBeGreaterThan(0);
      expect(report.postgresFaults.terminations, message).toBeGreaterThan(0);
      const { process: child } = report.kills;
      expect(child.started, message).toBeGreaterThan(1);
      expect(child.midPush + child.midPull + child.between, message).toBeGreaterThan(0);
      midTransaction += report.postgresFaults.midTransaction;
      if (midTransaction > 0) break;
    }
    expect(midTransaction).toBeGreaterThan(0);
  }, 600_000);
});
