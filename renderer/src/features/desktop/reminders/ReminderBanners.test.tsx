import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reminder } from '@core/ipc';
import { renderRouted, testI18n } from '../test-i18n';
import { ReminderBanners } from './ReminderBanners';
import { RemindersContext, type RemindersState } from './useReminderScheduling';

const caseId = '00000000-0000-4000-8000-000000000042';
const due: Reminder = {
  id: `${caseId}:hearing:h1:day-before`,
  caseId,
  caseReference: 'MCJ-2026-0042',
  kind: 'hearing',
  deadlineType: null,
  when: 'day-before',
  date: '2026-12-03',
  time: '09:00',
  fireAt: '2026-12-02T14:00:00.000Z',
  expiresAt: '2026-12-03T06:00:00.000Z',
};
const later: Reminder = {
  ...due,
  id: 'later',
  when: 'same-day',
  fireAt: '2026-12-03T14:00:00.000Z',
  expiresAt: '2026-12-03T15:00:00.000Z',
};
const deadline: Reminder = {
  ...due,
  id: 'd',
  kind: 'deadline',
  deadlineType: 'manual',
  time: null,
};

function show(state: Partial<RemindersState>) {
  const value: RemindersState = {
    plan: [due, later, deadline],
    delivery: 'in-app',
    now: new Date('2026-12-02T16:00:00.000Z'),
    ...state,
  };
  return (
    <RemindersContext.Provider value={value}>
      <ReminderBanners />
    </RemindersContext.Provider>
  );
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('reminder banners', () => {
  it('show due reminders by case reference, with a link to the case', async () => {
    renderRouted(await testI18n(), show({}));
    const region = screen.getByRole('region', { name: 'Reminders' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('span')?.textContent)).toEqual([
      'Hearing tomorrow 9:00 AM — case MCJ-2026-0042',
      'Due tomorrow: deadline — case MCJ-2026-0042',
    ]);
    expect(
      within(items[0]!).getByRole('link', { name: 'Open case MCJ-2026-0042' }),
    ).toHaveAttribute('href', `/cases/${caseId}`);
  });

  it('say a safe date is a safe date (a last day that rolled past a weekend or holiday)', async () => {
    const safe: Reminder = {
      ...deadline,
      id: 'safe',
      deadlineType: 'motion-to-reopen',
      dateKind: 'safe_date',
    };
    renderRouted(await testI18n('es'), show({ plan: [safe] }));
    const region = screen.getByRole('region', { name: 'Recordatorios' });
    expect(within(region).getByRole('listitem')).toHaveTextContent(
      'Mañana es la fecha segura: Moción para reabrir ante el juez de inmigración — caso MCJ-2026-0042. El último día es después',
    );
  });

  it('can be dismissed for the session', async () => {
    const user = userEvent.setup();
    renderRouted(await testI18n('es'), show({}));
    const [first] = screen.getAllByRole('button', { name: 'Descartar' });
    expect(first).toHaveAccessibleDescription('Audiencia mañana 9:00 a.m. — caso MCJ-2026-0042');
    await user.click(first!);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    cleanup();
    renderRouted(await testI18n('es'), show({}));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('stay hidden when the system shows notifications', async () => {
    renderRouted(await testI18n(), show({ delivery: 'system' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
