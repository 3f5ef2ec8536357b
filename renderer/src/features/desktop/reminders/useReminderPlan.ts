import { useEffect, useMemo, useState } from 'react';
import type { CaseFile } from '@core/domain/case-file';
import type { Reminder } from '@core/ipc';
import { documentsRepository } from '../../../db/documents-repository';
import { useLiveQuery } from '../../../db/live';
import { todayInChicago } from '../../../lib/format';
import { planReminders } from './reminder-plan';
import { reminderCases } from './reminder-sources';

/** A clock that ticks every `ms`, so plans and banners follow the time of day. */
export function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** Every upcoming reminder for the cases on this laptop, live as they change. */
export function useReminderPlan(now: Date): Reminder[] | undefined {
  const data = useLiveQuery(async () => {
    const [cases, deadlines] = await Promise.all([
      documentsRepository.listByEntity('case'),
      documentsRepository.listByEntity('deadline'),
    ]);
    return { cases, deadlines };
  }, []);
  const today = todayInChicago(now);
  const hour = Math.floor(now.getTime() / 3_600_000);
  return useMemo(() => {
    if (!data) return undefined;
    const files = data.cases.map((row) => row.doc as unknown as CaseFile);
    const sources = reminderCases(
      files,
      data.deadlines.map((row) => row.doc),
      today,
    );
    return planReminders(sources, new Date(hour * 3_600_000));
    // Re-planned when the data changes and once an hour, not on every clock tick.
  }, [data, today, hour]);
}
