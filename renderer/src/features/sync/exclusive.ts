/**
 * At most one sync at a time across tabs and windows of this profile (Web Locks). Where the API
 * is missing, the engine's own in-process guard is enough.
 */
export function exclusiveAcrossTabs(name: string) {
  return async (task: () => Promise<void>): Promise<void> => {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return task();
    await locks.request(name, { ifAvailable: true }, async (lock) => {
      if (lock) await task();
    });
  };
}
