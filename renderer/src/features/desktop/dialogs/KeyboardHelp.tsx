import { useTranslation } from 'react-i18next';
import { actionsForMode, type HostMode } from '@core/actions/action-registry';
import { ModalDialog } from './ModalDialog';
import { actionLabel, shortcutLabel } from './shortcut-label';

/** Every shortcut of this mode, read from the action registry. */
export function KeyboardHelp({ onClose, mode }: { onClose: () => void; mode: HostMode }) {
  const { t } = useTranslation('desktop');
  const { t: common } = useTranslation('common');
  const rows = actionsForMode(mode).map((action) => ({
    id: action.id,
    label: actionLabel(action, t),
    shortcut: shortcutLabel(action, mode, t),
  }));
  return (
    <ModalDialog title={t('keyboardHelp.title')} onClose={onClose} className="keyboard-help">
      <p>{t('keyboardHelp.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('keyboardHelp.action')}</th>
            <th scope="col">{t('keyboardHelp.shortcut')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{row.shortcut ? <kbd>{row.shortcut}</kbd> : t('keyboardHelp.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mode === 'web' ? <p className="muted">{t('keyboardHelp.webNote')}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {common('actions.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
