import { deadlineRule } from '@core/deadlines/deadline-rules';
import type { Reminder } from '@core/ipc/reminder-schemas';
import { translate, type Language } from '../i18n/desktop-strings';

export interface NotificationText {
  readonly title: string;
  readonly body: string;
}

/** Hearing times are Central wall-clock times; shown as written, in the language's style. */
function clock(time: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`2000-01-01T${time}:00Z`));
}

/**
 * The words of a reminder, written here from structured fields only. The case reference is the
 * only thing that identifies the case: no client name, no A-number, no free text from the page.
 */
export function reminderText(reminder: Reminder, language: Language): NotificationText {
  const tomorrow = reminder.when === 'day-before';
  const reference = reminder.caseReference;
  const title = translate(language, 'notifications.title');
  if (reminder.kind === 'hearing') {
    const key = `notifications.${tomorrow ? 'hearingTomorrow' : 'hearingToday'}${reminder.time ? '' : 'NoTime'}`;
    const time = reminder.time ? clock(reminder.time, language) : '';
    return { title, body: translate(language, key, { time, reference }) };
  }
  const type = reminder.deadlineType ?? 'manual';
  const deadline =
    type === 'manual'
      ? translate(language, 'notifications.manualDeadline')
      : deadlineRule(type).name[language];
  const safe = reminder.dateKind === 'safe_date';
  const key = `notifications.${safe ? 'safeDate' : 'deadline'}${tomorrow ? 'Tomorrow' : 'Today'}`;
  const body = translate(language, key, { deadline, reference });
  return {
    title,
    body:
      type === 'manual'
        ? body
        : `${body}\n${translate(language, 'notifications.attorneyToConfirm')}`,
  };
}
