import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dueReminders } from './reminder-plan';
import { reminderWording } from './reminder-wording';
import { useReminders } from './useReminderScheduling';

const dismissedKey = 'amparo.dismissedReminders';

function readDismissed(): Set<string> {
  try {
    const stored: unknown = JSON.parse(globalThis.sessionStorage?.getItem(dismissedKey) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((v) => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Web mode (and desktops without notifications): the reminders that are due, as banners at the
 * top of the page while Amparo is open. Dismissed ones stay hidden for this browser session.
 */
export function ReminderBanners() {
  const { t, i18n } = useTranslation('desktop');
  const { plan, delivery, now } = useReminders();
  const [dismissed, setDismissed] = useState(readDismissed);
  if (delivery !== 'in-app') return null;
  const due = dueReminders(plan, now).filter((r) => !dismissed.has(r.id));
  if (due.length === 0) return null;

  const dismiss = (id: string) => {
    const next = new Set(dismissed).add(id);
    setDismissed(next);
    globalThis.sessionStorage?.setItem(dismissedKey, JSON.stringify([...next].slice(-500)));
  };

  return (
    <section className="reminder-banners" aria-label={t('reminders.regionLabel')} data-print="hide">
      <ul>
        {due.map((reminder) => (
          <li key={reminder.id} className="banner info">
            <span id={`reminder-${reminder.id}`}>
              {reminderWording(reminder, t, i18n.language)}
            </span>{' '}
            <Link to={`/cases/${reminder.caseId}`}>
              {t('reminders.open', { reference: reminder.caseReference })}
            </Link>{' '}
            <button
              type="button"
              aria-describedby={`reminder-${reminder.id}`}
              onClick={() => dismiss(reminder.id)}
            >
              {t('reminders.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
