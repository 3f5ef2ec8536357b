import { MAX_REMINDERS, type Reminder } from '@core/ipc/reminder-schemas';
import type { Language } from '../i18n/desktop-strings';
import { createLogger } from '../logging/logger';
import type { FiredRemindersStore } from './fired-reminders-store';
import { reminderText, type NotificationText } from './reminder-text';

const log = createLogger('reminders');

export interface ReminderSchedulerDeps {
  readonly now: () => number;
  readonly language: () => Language;
  readonly isSupported: () => boolean;
  readonly show: (text: NotificationText, onClick: () => void) => void;
  readonly openCase: (caseId: string) => void;
  readonly store: FiredRemindersStore;
}

export interface ReminderScheduler {
  /** Replaces the whole list (the renderer always sends all of them); returns how many wait. */
  schedule(reminders: readonly Reminder[]): number;
  /** Shows what is due. Called by a timer, on resume, and after each `schedule`. */
  tick(): void;
  /** Polls every `intervalMs`; returns a stop function. */
  start(intervalMs: number): () => void;
}

/**
 * Main keeps the reminder list and shows each one once, when its time has come and before it goes
 * stale. Polling (not one long timer) survives sleep: a laptop that wakes at 9:30 still shows the
 * 8:00 "hearing today" reminder, but never a "tomorrow" reminder on the day itself.
 */
export function createReminderScheduler(deps: ReminderSchedulerDeps): ReminderScheduler {
  let pending: Reminder[] = [];
  const fired = new Set(deps.store.load());

  const due = (reminder: Reminder, now: number) =>
    Date.parse(reminder.fireAt) <= now && now < Date.parse(reminder.expiresAt);

  const scheduler: ReminderScheduler = {
    schedule(reminders) {
      const now = deps.now();
      pending = reminders
        .slice(0, MAX_REMINDERS)
        .filter((r) => !fired.has(r.id) && Date.parse(r.expiresAt) > now);
      scheduler.tick();
      return pending.length;
    },
    tick() {
      if (!deps.isSupported()) return;
      const now = deps.now();
      const ready = pending.filter((r) => due(r, now));
      if (ready.length === 0) return;
      for (const reminder of ready) {
        fired.add(reminder.id);
        deps.show(reminderText(reminder, deps.language()), () => deps.openCase(reminder.caseId));
      }
      pending = pending.filter((r) => !fired.has(r.id));
      try {
        deps.store.save([...fired]);
      } catch (error) {
        log.warn('reminders.store_failed', { error });
      }
      log.info('reminders.shown', { count: ready.length });
    },
    start(intervalMs) {
      const timer = setInterval(() => scheduler.tick(), intervalMs);
      return () => clearInterval(timer);
    },
  };
  return scheduler;
}
