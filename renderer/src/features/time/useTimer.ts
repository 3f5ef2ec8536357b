import { elapsedSince, type Elapsed, type RunningTimer } from '@core/cases/time-log';
import { useEffect, useState } from 'react';
import { useLiveQuery } from '../../db/live';
import { syncReviewRepository } from '../../db/sync-review-repository';
import { timerRepository } from '../../db/timer-repository';

/** The device's running timer (any window's), live; null when none runs, undefined while loading. */
export function useRunningTimer(): RunningTimer | null | undefined {
  return useLiveQuery(() => timerRepository.current(), []);
}

/** The signed-in MCJ account, whose name time is recorded in; null before any sign-in. */
export function useAttorneyId(): string | null | undefined {
  return useLiveQuery(async () => (await syncReviewRepository.syncState()).userId, []);
}

/** Elapsed time since the timer's saved start, ticking each second while shown. */
export function useElapsed(timer: RunningTimer | null | undefined): Elapsed | null {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!timer) return undefined;
    setNow(new Date());
    const tick = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(tick);
  }, [timer]);
  return timer ? elapsedSince(timer.startedAt, now) : null;
}
