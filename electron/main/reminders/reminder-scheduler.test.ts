import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '@core/ipc/reminder-schemas';
import type { FiredRemindersStore } from './fired-reminders-store';
import { createReminderScheduler, type ReminderSchedulerDeps } from './reminder-scheduler';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const caseId = '0b6f3c1e-7a3d-4b8e-9f2a-1c2d3e4f5a6b';
const hearing: Reminder = {
  id: `${caseId}:hearing:h1:day-before:2026-12-03`,
  caseId,
  caseReference: 'MCJ-2026-0042',
  kind: 'hearing',
  deadlineType: null,
  when: 'day-before',
  date: '2026-12-03',
  time: '09:00',
  // 8:00 Central on 2 December, stale from midnight Central.
  fireAt: '2026-12-02T14:00:00.000Z',
  expiresAt: '2026-12-03T06:00:00.000Z',
};
const at = (iso: string) => Date.parse(iso);

function memoryStore(initial: string[] = []): FiredRemindersStore & { saved: string[] } {
  const store = {
    saved: [...initial],
    load: () => [...store.saved],
    save: (ids: readonly string[]) => {
      store.saved = [...ids];
    },
  };
  return store;
}

let now: number;
const show = vi.fn<ReminderSchedulerDeps['show']>();
const openCase = vi.fn<ReminderSchedulerDeps['openCase']>();
let deps: ReminderSchedulerDeps & { show: typeof show; openCase: typeof openCase };

beforeEach(() => {
  show.mockReset();
  openCase.mockReset();
  now = at('2026-12-02T13:00:00.000Z');
  deps = {
    now: () => now,
    language: () => 'en',
    isSupported: () => true,
    show,
    openCase,
    store: memoryStore(),
  };
});

describe('reminder scheduler', () => {
  it('waits until 8:00 Central, then shows the reminder once', () => {
    const scheduler = createReminderScheduler(deps);
    expect(scheduler.schedule([hearing])).toBe(1);
    expect(deps.show).not.toHaveBeenCalled();
    now = at('2026-12-02T14:00:00.000Z');
    scheduler.tick();
    scheduler.tick();
    expect(deps.show).toHaveBeenCalledTimes(1);
    expect(deps.show.mock.calls[0]![0]).toEqual({
      title: 'Amparo reminder',
      body: 'Hearing tomorrow 9:00 AM — case MCJ-2026-0042',
    });
  });

  it('still shows it after the laptop wakes late, but never once it is stale', () => {
    const scheduler = createReminderScheduler(deps);
    scheduler.schedule([
      hearing,
      { ...hearing, id: `${hearing.id}:b`, expiresAt: '2026-12-02T15:00:00.000Z' },
    ]);
    now = at('2026-12-02T23:30:00.000Z');
    scheduler.tick();
    expect(deps.show).toHaveBeenCalledTimes(1);
    now = at('2026-12-03T06:00:00.000Z');
    expect(scheduler.schedule([{ ...hearing, id: 'other' }])).toBe(0);
    scheduler.tick();
    expect(deps.show).toHaveBeenCalledTimes(1);
  });

  it('remembers shown reminders across restarts', () => {
    const store = memoryStore();
    const first = createReminderScheduler({
      ...deps,
      store,
      now: () => at('2026-12-02T14:01:00Z'),
    });
    first.schedule([hearing]);
    expect(store.saved).toEqual([hearing.id]);
    const second = createReminderScheduler({
      ...deps,
      store,
      now: () => at('2026-12-02T14:05:00Z'),
    });
    expect(second.schedule([hearing])).toBe(0);
    expect(deps.show).toHaveBeenCalledTimes(1);
  });

  it('replaces the whole list on each schedule (a deleted hearing is not shown)', () => {
    const scheduler = createReminderScheduler(deps);
    scheduler.schedule([hearing]);
    scheduler.schedule([]);
    now = at('2026-12-02T14:00:00.000Z');
    scheduler.tick();
    expect(deps.show).not.toHaveBeenCalled();
  });

  it('opens the case when the notification is clicked', () => {
    const scheduler = createReminderScheduler({ ...deps, now: () => at('2026-12-02T14:00:00Z') });
    scheduler.schedule([hearing]);
    const onClick = deps.show.mock.calls[0]![1] as () => void;
    onClick();
    expect(deps.openCase).toHaveBeenCalledWith(caseId);
  });

  it('shows nothing where the OS has no notifications', () => {
    const scheduler = createReminderScheduler({
      ...deps,
      isSupported: () => false,
      now: () => at('2026-12-02T14:00:00Z'),
    });
    scheduler.schedule([hearing]);
    expect(deps.show).not.toHaveBeenCalled();
  });

  it('keeps going when the shown-list file cannot be written', () => {
    const store = {
      load: () => [],
      save: vi.fn(() => {
        throw new Error('disk full');
      }),
    };
    const scheduler = createReminderScheduler({
      ...deps,
      store,
      now: () => at('2026-12-02T14:00:00Z'),
    });
    expect(() => scheduler.schedule([hearing])).not.toThrow();
    expect(deps.show).toHaveBeenCalledTimes(1);
  });

  it('polls on an interval until stopped', () => {
    vi.useFakeTimers();
    try {
      const scheduler = createReminderScheduler(deps);
      scheduler.schedule([hearing]);
      const stop = scheduler.start(30_000);
      now = at('2026-12-02T14:00:10.000Z');
      vi.advanceTimersByTime(30_000);
      expect(deps.show).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
