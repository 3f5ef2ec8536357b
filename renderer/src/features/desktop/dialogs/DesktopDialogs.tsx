import type { HostBridge } from '../../../bridge';
import type { DesktopDialog } from '../actions/useBuiltinActions';
import { AboutDialog } from './AboutDialog';
import { CommandList } from './CommandList';
import { KeyboardHelp } from './KeyboardHelp';

export function DesktopDialogs({
  dialog,
  onClose,
  bridge,
}: {
  dialog: DesktopDialog | null;
  onClose: () => void;
  bridge: HostBridge;
}) {
  switch (dialog) {
    case 'commands':
      return <CommandList onClose={onClose} mode={bridge.mode} />;
    case 'keyboard':
      return <KeyboardHelp onClose={onClose} mode={bridge.mode} />;
    case 'about':
      return <AboutDialog onClose={onClose} bridge={bridge} />;
    default:
      return null;
  }
}
