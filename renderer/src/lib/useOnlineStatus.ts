import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  globalThis.addEventListener('online', onChange);
  globalThis.addEventListener('offline', onChange);
  return () => {
    globalThis.removeEventListener('online', onChange);
    globalThis.removeEventListener('offline', onChange);
  };
}

/**
 * The browser's own network flag. It is only trustworthy when it says "offline"; the sync
 * status (from real requests) refines "online".
 */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => globalThis.navigator?.onLine ?? true,
    () => true,
  );
}
