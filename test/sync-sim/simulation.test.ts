/**
 * The simulation CI runs (`npm test`): ten seeds of five laptops × 200 operations each, with the
 * server killed twice per run (mid-push or between requests) and restarted on the same database.
 * A failure message is the run's report: the command that replays the seed, and each broken
 * invariant with the ids involved. Longer runs: `npm run sim -- --seed N --clients C --ops K`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, newViolations } from './report';
import { runSimulation } from './runner';
import { disposeTemplate } from './sim-database';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const CLIENTS = 5;
const OPS = 200;

describe('multi-device fault simulation', () => {
  afterAll(disposeTemplate);

  for (const seed of SEEDS) {
    it(`seed ${seed}: ${CLIENTS} laptops × ${OPS} operations, server killed twice`, async () => {
      const report = await runSimulation({ seed, clients: CLIENTS, ops: OPS });
      const message = formatReport(report);
      expect(newViolations(report), message).toEqual([]);
      // A run that did not meet the faults proves nothing.
      expect(report.kills.total, message).toBeGreaterThan(0);
      expect(Object.keys(report.faults).length, message).toBeGreaterThan(5);
      expect(report.savedRevisions, message).toBeGreaterThan(0);
      expect(report.adminChanges, message).toBeGreaterThan(0);
    });
  }
});
