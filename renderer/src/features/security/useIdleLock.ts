import { useEffect } from 'react';
import { getBridge } from '../../bridge';
import { readAutoLockMinutes } from './auto-lock-setting';
import { useSession } from './SessionContext';

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks after the configured minutes without input, and on the OS's screen lock or suspend. */
export function useIdleLock(): void {
  const { session, status } = useSession();
  useEffect(() => {
    if (status !== 'unlocked') return;
    const minutes = readAutoLockMinutes();
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void session.lock(), minutes * 60_000);
    };
    arm();
    for (const event of activity) globalThis.addEventListener(event, arm, { passive: true });
    const unsubscribe = getBridge().onLockRequested(() => void session.lock());
    return () => {
      clearTimeout(timer);
      for (const event of activity) globalThis.removeEventListener(event, arm);
      unsubscribe();
    };
  }, [session, status]);
}
