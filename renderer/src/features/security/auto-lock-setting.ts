// Not sensitive, and needed before unlock: kept in localStorage beside the UI language.
const key = 'amparo.autoLockMinutes';
export const autoLockChoices = [2, 5, 10, 15, 30] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export function readAutoLockMinutes(): number {
  const stored = Number(globalThis.localStorage?.getItem(key));
  return (autoLockChoices as readonly number[]).includes(stored)
    ? stored
    : DEFAULT_AUTO_LOCK_MINUTES;
}

export function writeAutoLockMinutes(minutes: number): void {
  globalThis.localStorage?.setItem(key, String(minutes));
}
