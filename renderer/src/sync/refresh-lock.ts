/**
 * One token refresh at a time per profile, across tabs and windows (Web Locks, waiting for the
 * lock rather than skipping), and within one page where the API is missing. The server forgives a
 * second copy of a refresh, but a tab that refreshes a pair another tab already rotated, after
 * that tab used the new one, is presenting a used token: theft, and the laptop is signed out.
 */
export type RefreshLock = <T>(task: () => Promise<T>) => Promise<T>;

const inPage = new Map<string, Promise<unknown>>();

function chainInPage<T>(name: string, task: () => Promise<T>): Promise<T> {
  const before = inPage.get(name) ?? Promise.resolve();
  const run = before.then(task, task);
  const settled = run.catch(() => undefined);
  inPage.set(name, settled);
  void settled.then(() => {
    if (inPage.get(name) === settled) inPage.delete(name);
  });
  return run;
}

export function refreshAcrossTabs(name: string): RefreshLock {
  return <T>(task: () => Promise<T>): Promise<T> => {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return chainInPage(name, task);
    return locks.request(name, () => task()) as Promise<T>;
  };
}
