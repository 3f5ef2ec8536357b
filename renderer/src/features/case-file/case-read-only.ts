import { createContext, useContext } from 'react';

/**
 * Whether the open case may be changed on this computer (false once MCJ has closed it). Given by
 * the case's frame to every screen and component under it, so that a control deep in a screen
 * (a reply form, a timer) cannot be left editable by a prop forgotten on the way down.
 */
export const CaseReadOnlyContext = createContext(false);

export function useCaseReadOnly(): boolean {
  return useContext(CaseReadOnlyContext);
}
