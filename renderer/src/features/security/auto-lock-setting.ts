// Not sensitive, and needed before unlock: kept in localStorage beside the UI language.
const key = 'amparo.autoLockMinutes';
export const autoLockChoices = [2, 5, 10, 15, 30] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

const listeners = new Set<(minutes: number) => void>();

export function readAutoLockMinutes(): number {
  const stored = Number(globalThis.localStorage?.getItem(key));
  return (autoLockChoices as readonly number[]).includes(stored)
    ? stored
    : DEFAULT_AUTO_LOCK_MINUTES;
}

export function writeAutoLockMinutes(minutes: number): void {
  globalThis.localStorage?.setItem(key, String(minutes));
  for (const listener of [...listeners]) listener(readAutoLockMinutes());
}

/** A new delay takes effect at once: in this tab, and in other tabs through `storage` events. */
export function onAutoLockMinutesChanged(listener: (minutes: number) => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === key) listener(readAutoLockMinutes());
  };
  globalThis.addEventListener?.('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', fromOtherTab);
  };
}
