import type { ReminderScheduler } from '../reminders/reminder-scheduler';
import type { IpcHandler } from './handle';

/** `reminders:schedule`: the renderer sends every upcoming reminder; main shows them on time. */
export function createRemindersHandler(deps: {
  scheduler: ReminderScheduler;
  notificationsSupported: () => boolean;
}): IpcHandler<'reminders:schedule'> {
  return ({ reminders }) => ({
    scheduled: deps.scheduler.schedule(reminders),
    notificationsSupported: deps.notificationsSupported(),
  });
}
