/**
 * A laptop crash between a pull page's commit and its follow-up work (issue 21), in the random
 * runs: now and then a sync is armed to stop dead right after a page and its cursor committed
 * (the engine's `afterPageCommit` seam), before the page's revocations are acted on, its
 * checksums compared, the next page applied or a resync finished. The app then starts again on the
 * same database: a new engine, nothing kept in memory. `pull-crash.test.ts` tests one such crash
 * by hand; here any page of any pull can be the one. Draws from a random stream of its own.
 */
import type { Prng } from './prng';

/**
 * Chance per sync (with faults on) that an unarmed laptop is armed: it then crashes after the
 * next page (or one of the two after it) that commits, in whichever later sync that happens. Most
 * syncs of a run end before their pull (faults, offline), so an arming waits for one that pulls.
 */
export const PULL_CRASH_RATE = 0.08;

export class PullCrash extends Error {
  constructor() {
    super('the laptop stopped right after a pull page committed');
  }
}

export class PullCrashSwitch {
  /** Crashes so far, and how many of them the app restarted after. */
  crashes = 0;
  /** Pages to let through before the crash; null while unarmed. */
  private armedAfter: number | null = null;
  private crashed = false;

  constructor(private readonly prng: Prng) {}

  /** Before a sync: arm (by the stream's draw) when faults are on; disarm when they are off. */
  maybeArm(faultsOn: boolean): void {
    if (!faultsOn) this.armedAfter = null;
    else if (this.armedAfter === null && this.prng.chance(PULL_CRASH_RATE))
      this.armedAfter = this.prng.int(0, 2);
  }

  /** The engine's `afterPageCommit`: throws once the armed page has committed. */
  readonly afterPageCommit = (): void => {
    if (this.armedAfter === null) return;
    if (this.armedAfter > 0) {
      this.armedAfter -= 1;
      return;
    }
    this.armedAfter = null;
    this.crashed = true;
    this.crashes += 1;
    throw new PullCrash();
  };

  /** After a sync: whether it crashed (the app must start again). */
  takeCrash(): boolean {
    const crashed = this.crashed;
    this.crashed = false;
    return crashed;
  }
}
