import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { Reminder } from '@core/ipc';
import type { HostBridge, ReminderDelivery } from '../../../bridge';
import { useNow, useReminderPlan } from './useReminderPlan';

export interface RemindersState {
  plan: readonly Reminder[];
  delivery: ReminderDelivery['delivery'];
  now: Date;
}

export const RemindersContext = createContext<RemindersState>({
  plan: [],
  delivery: 'in-app',
  now: new Date(0),
});

export function useReminders(): RemindersState {
  return useContext(RemindersContext);
}

/**
 * Hands the reminder plan to the host whenever it changes (desktop: main shows system
 * notifications; web: nothing leaves the page and banners show instead).
 */
export function useReminderScheduling(bridge: HostBridge): RemindersState {
  const now = useNow(60_000);
  const plan = useReminderPlan(now);
  const [delivery, setDelivery] = useState<ReminderDelivery['delivery']>(
    bridge.mode === 'desktop' ? 'system' : 'in-app',
  );
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!plan) return;
    const key = JSON.stringify(plan);
    if (key === sent.current) return;
    sent.current = key;
    bridge
      .scheduleReminders(plan)
      .then((result) => setDelivery(result.delivery))
      .catch(() => {
        sent.current = null;
        setDelivery('in-app');
      });
  }, [bridge, plan]);

  return { plan: plan ?? [], delivery, now };
}
