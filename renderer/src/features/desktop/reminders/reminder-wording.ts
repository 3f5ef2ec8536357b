import type { TFunction } from 'i18next';
import type { Reminder } from '@core/ipc';
import { deadlineRule } from '@core/deadlines/deadline-rules';
import { formatClock } from '../../../lib/format';

/**
 * The same words main writes on a system notification (`desktop:notifications.*`), for the
 * in-app banners: the case reference only, never a name or a manual deadline's title.
 */
export function reminderWording(
  reminder: Reminder,
  t: TFunction<'desktop'>,
  language: string,
): string {
  const tomorrow = reminder.when === 'day-before';
  const reference = reminder.caseReference;
  if (reminder.kind === 'hearing') {
    const time = reminder.time
      ? formatClock(reminder.time, language === 'es' ? 'es-US' : 'en-US')
      : '';
    if (tomorrow) {
      return time
        ? t('notifications.hearingTomorrow', { time, reference })
        : t('notifications.hearingTomorrowNoTime', { reference });
    }
    return time
      ? t('notifications.hearingToday', { time, reference })
      : t('notifications.hearingTodayNoTime', { reference });
  }
  const type = reminder.deadlineType ?? 'manual';
  const deadline =
    type === 'manual'
      ? t('notifications.manualDeadline')
      : deadlineRule(type).name[language === 'es' ? 'es' : 'en'];
  const safe = reminder.dateKind === 'safe_date';
  const text = safe
    ? tomorrow
      ? t('notifications.safeDateTomorrow', { deadline, reference })
      : t('notifications.safeDateToday', { deadline, reference })
    : tomorrow
      ? t('notifications.deadlineTomorrow', { deadline, reference })
      : t('notifications.deadlineToday', { deadline, reference });
  return type === 'manual' ? text : `${text} ${t('notifications.attorneyToConfirm')}`;
}
