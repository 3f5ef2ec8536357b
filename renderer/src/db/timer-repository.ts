/**
 * The device's one running pro bono timer. Its start is a saved record in the settings table
 * (sealed with the data key like every setting), not component state: a lock, a reload or a
 * restart finds it again, and the elapsed time is worked out from it. Starting and stopping are
 * transactions, so two windows cannot both start a timer, and a timer is turned into one entry only.
 */
import { entryFromTimer, type RunningTimer } from '@core/cases/time-log';
import { TimeActivitySchema, type TimeEntry } from '@core/domain/case-logs';
import { z } from 'zod';
import { newId } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';

const TIMER_KEY = 'runningTimer';

const RunningTimerSchema = z.strictObject({
  id: z.uuid(),
  caseId: z.uuid(),
  activity: TimeActivitySchema,
  startedAt: z.iso.datetime(),
});

export type StartOutcome =
  | { readonly started: true; readonly timer: RunningTimer }
  /** A timer already runs on this device (perhaps started in another window). */
  | { readonly started: false; readonly running: RunningTimer };

export function createTimerRepository(db: () => AmparoDatabase = getDatabase) {
  const docs = createDocumentsRepository(db);
  const read = async (database: AmparoDatabase): Promise<RunningTimer | null> => {
    const row = await database.settings.get(TIMER_KEY);
    const parsed = RunningTimerSchema.safeParse(row?.value);
    return parsed.success ? parsed.data : null;
  };
  return {
    current(): Promise<RunningTimer | null> {
      return read(db());
    },

    async start(
      input: Pick<RunningTimer, 'caseId' | 'activity'>,
      now: Date = new Date(),
    ): Promise<StartOutcome> {
      const database = db();
      return database.transaction('rw', database.settings, async () => {
        const running = await read(database);
        if (running) return { started: false, running };
        const timer: RunningTimer = {
          id: newId(),
          caseId: input.caseId,
          activity: input.activity,
          startedAt: now.toISOString(),
        };
        await database.settings.put({ key: TIMER_KEY, value: timer });
        return { started: true, timer };
      });
    },

    /** Stops the timer into a saved, queued entry; null when no timer ran (stopped elsewhere). */
    async stop(attorneyId: string, now: Date = new Date()): Promise<TimeEntry | null> {
      const database = db();
      return database.transaction(
        'rw',
        database.settings,
        database.docs,
        database.outbox,
        async () => {
          const timer = await read(database);
          if (!timer) return null;
          const entry = entryFromTimer(timer, now, attorneyId);
          await docs.create('timeEntry', entry.caseId, entry);
          await database.settings.delete(TIMER_KEY);
          return entry;
        },
      );
    },

    /** Drops a timer started by mistake, recording nothing. */
    async discard(): Promise<void> {
      await db().settings.delete(TIMER_KEY);
    },
  };
}

export type TimerRepository = ReturnType<typeof createTimerRepository>;
export const timerRepository = createTimerRepository();
