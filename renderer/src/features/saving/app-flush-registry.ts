import { createContext, useContext } from 'react';
import { createFlushRegistry, type FlushRegistry } from './flush-registry';

/** The registry of this window: one for the whole app. */
export const appFlushRegistry: FlushRegistry = createFlushRegistry();

/** Tests give a component tree its own registry; the app uses the default. */
export const FlushRegistryContext = createContext<FlushRegistry>(appFlushRegistry);

export function useFlushRegistry(): FlushRegistry {
  return useContext(FlushRegistryContext);
}
