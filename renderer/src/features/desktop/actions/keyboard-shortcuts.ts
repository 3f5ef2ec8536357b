import { matchesAccelerator, type KeyLike, type Platform } from '@core/actions/accelerator';
import {
  acceleratorFor,
  actionsForMode,
  type AppActionId,
  type HostMode,
} from '@core/actions/action-registry';

/**
 * The action a key press means in this mode, if any. Desktop mode has none here: the native menu
 * owns the accelerators there, and handling them twice would run actions twice.
 */
export function actionForKey(
  event: KeyLike,
  mode: HostMode,
  platform: Platform,
): AppActionId | null {
  if (mode === 'desktop') return null;
  for (const action of actionsForMode(mode)) {
    const accelerator = acceleratorFor(action, mode);
    if (accelerator && matchesAccelerator(accelerator, event, platform)) return action.id;
  }
  return null;
}
