import type { ReactNode } from 'react';
import { FlushRegistryContext } from './app-flush-registry';
import { createFlushRegistry } from './flush-registry';

/** A fresh registry and a wrapper that gives it to the hooks under test. */
export function registryWrapper() {
  const registry = createFlushRegistry();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FlushRegistryContext.Provider value={registry}>{children}</FlushRegistryContext.Provider>
  );
  return { registry, wrapper };
}
