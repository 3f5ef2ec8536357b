import { createContext, useContext, useEffect } from 'react';

/** Saves what is waiting; resolves true when everything on screen is committed. */
type Flush = () => Promise<boolean>;

/** Lets the interview screen save every open editor before it finalises. */
export interface FlushRegistry {
  register: (flush: Flush) => () => void;
  flushAll: () => Promise<boolean>;
}

export function createFlushRegistry(): FlushRegistry {
  const flushers = new Set<Flush>();
  return {
    register(flush) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },
    async flushAll() {
      const results = await Promise.all([...flushers].map((flush) => flush()));
      return results.every(Boolean);
    },
  };
}

export const FlushContext = createContext<FlushRegistry | null>(null);

export function useRegisterFlush(flush: Flush): void {
  const registry = useContext(FlushContext);
  useEffect(() => registry?.register(flush), [flush, registry]);
}
