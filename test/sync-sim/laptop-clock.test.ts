import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotesRepository } from '../../renderer/src/db/notes-repository';
import { createTestDatabase } from '../../renderer/src/db/test-database';
import { laptopNow } from '../../renderer/src/lib/clock';
import { newId } from '../../renderer/src/lib/ids';
import {
  installLaptopClocks,
  LaptopClock,
  MAX_SKEW_MS,
  onLaptopClock,
  planClock,
  setClockOf,
} from './laptop-clock';
import { Prng } from './prng';

const HOUR = 60 * 60 * 1000;
let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

describe('laptop clocks of the simulation (issue 21)', () => {
  it("an operation on a laptop reads that laptop's clock, down to what its repositories write", async () => {
    uninstall = installLaptopClocks();
    const ahead = {};
    const behind = {};
    setClockOf(ahead, new LaptopClock('skewed', 48 * HOUR, -1, 0));
    setClockOf(behind, new LaptopClock('skewed', -47 * HOUR, -1, 0));
    // Each laptop has a database of its own, and the runs take one laptop at a time.
    const databases = await Promise.all([0, 1, 2].map(() => createTestDatabase()));
    const save = (i: number) => () =>
      createNotesRepository(() => databases[i]!.db).save({
        noteId: newId(),
        caseId: newId(),
        body: 'x',
      });
    const real = Date.now();
    const a = await onLaptopClock(ahead, save(0));
    const b = await onLaptopClock(behind, save(1));
    const c = await save(2)();
    expect(Date.parse(a.createdAt) - real).toBeGreaterThan(47.9 * HOUR);
    expect(real - Date.parse(b.createdAt)).toBeGreaterThan(46.9 * HOUR);
    expect(Math.abs(Date.parse(c.createdAt) - real)).toBeLessThan(HOUR);
    for (const { db } of databases) db.close();
  });

  it('a clock set right mid-run changes at its operation, and the real clock is back after', () => {
    uninstall = installLaptopClocks();
    const laptop = {};
    const clock = new LaptopClock('corrected', 30 * HOUR, 2, 0);
    setClockOf(laptop, clock);
    clock.tick();
    expect(clock.offsetMs).toBe(30 * HOUR);
    clock.tick();
    expect(clock.offsetMs).toBe(0);
    expect(clock.changes).toBe(1);
    uninstall();
    uninstall = null;
    expect(Math.abs(laptopNow().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('plans stay within ±48 h, and every kind is drawn', () => {
    const kinds = new Set<string>();
    const prng = new Prng(7);
    for (let i = 0; i < 200; i += 1) {
      const clock = planClock(prng.fork(`laptop-${i}`), 200);
      kinds.add(clock.kind);
      expect(clock.maxSkewMs).toBeLessThanOrEqual(MAX_SKEW_MS);
    }
    expect([...kinds].sort()).toEqual(['corrected', 'exact', 'skewed', 'thrownOff']);
  });
});
