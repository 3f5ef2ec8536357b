import { useEffect, useState } from 'react';
import { getBridge } from '../../bridge';
import { onAutoLockMinutesChanged, readAutoLockMinutes } from './auto-lock-setting';
import { useSession } from './SessionContext';

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks after the configured minutes without input, and on the OS's screen lock or suspend (main's
 * lock request). Every lock first saves what the attorney typed (`Session.lock`). A new delay in
 * Settings takes effect at once.
 */
export function useIdleLock(): void {
  const { session, status } = useSession();
  const [minutes, setMinutes] = useState(readAutoLockMinutes);
  useEffect(() => onAutoLockMinutesChanged(setMinutes), []);

  useEffect(() => {
    if (status !== 'unlocked') return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void session.lock(), minutes * 60_000);
    };
    arm();
    for (const event of activity) globalThis.addEventListener(event, arm, { passive: true });
    const unsubscribe = getBridge().onLockRequested(
      ({ requestId }) => void session.lock({ hostRequestId: requestId }),
    );
    return () => {
      clearTimeout(timer);
      for (const event of activity) globalThis.removeEventListener(event, arm);
      unsubscribe();
    };
  }, [minutes, session, status]);
}
