import { app } from 'electron';

/**
 * One Amparo per OS account: two processes writing the same IndexedDB would corrupt it. A second
 * launch only brings the first window forward; its argv and working directory are untrusted input
 * and deliberately ignored (no deep links yet).
 */
export function acquireSingleInstanceLock(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondInstance());
  return true;
}
