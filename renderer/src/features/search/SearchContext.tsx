import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useOptionalSession } from '../security/SessionContext';
import { SearchService, type SearchStatus } from './search-service';
import { startWhenIdle } from './start-when-idle';

interface SearchValue {
  service: SearchService;
  status: SearchStatus;
}

const SearchContext = createContext<SearchValue | null>(null);

/**
 * The unlocked session's search index: started when the first screen is idle after unlock, stopped (its worker
 * terminated) when the keys go — lock, wipe, passphrase change — or when the app unmounts.
 */
export function SearchProvider({
  children,
  service: given,
}: {
  children: ReactNode;
  service?: SearchService;
}) {
  const [service] = useState(() => given ?? new SearchService());
  const [status, setStatus] = useState(service.status);
  const session = useOptionalSession()?.session;
  useEffect(() => service.onStatus(setStatus), [service]);
  useEffect(() => {
    // Let the first screen have the main thread before the index loads.
    const cancelStart = startWhenIdle(() => service.start());
    const dropped = session?.onKeysDropped(() => service.stop());
    const background = session?.onBackgroundWork({
      pause: async () => service.stop(),
      resume: () => service.start(),
    });
    return () => {
      cancelStart();
      dropped?.();
      background?.();
      service.stop();
    };
  }, [service, session]);
  return <SearchContext.Provider value={{ service, status }}>{children}</SearchContext.Provider>;
}

export function useSearchIndex(): SearchValue | null {
  return useContext(SearchContext);
}
