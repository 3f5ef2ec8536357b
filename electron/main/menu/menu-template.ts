import type { MenuItemConstructorOptions } from 'electron';
import type { AppAction } from '@core/actions/action-registry';
import type { MenuNode, MenuSection } from '@core/actions/menu-model';
import type { MenuState } from '@core/ipc/menu-schemas';
import type { Translator } from '../i18n/desktop-strings';

export interface MenuTemplateInput {
  readonly model: readonly MenuSection[];
  readonly state: MenuState;
  readonly t: Translator;
  readonly onAction: (action: AppAction) => void;
}

function item(node: MenuNode, input: MenuTemplateInput): MenuItemConstructorOptions {
  const { t, state } = input;
  switch (node.type) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return { role: node.role, label: t(`roles.${node.role}`) };
    case 'action': {
      const { action } = node;
      const label = t(action.labelKey);
      if (action.role) {
        // Quit stays Electron's own role, so it runs the normal shutdown (windows save state).
        return { role: action.role, label, accelerator: action.accelerator ?? undefined };
      }
      return {
        id: action.id,
        label,
        accelerator: action.accelerator ?? undefined,
        enabled: !action.needsCase || state.hasOpenCase,
        click: () => input.onAction(action),
      };
    }
  }
}

/** The Electron menu template: every label in the UI language, every click through `onAction`. */
export function buildMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  return input.model.map((section) => ({
    label: section.id === 'app' ? input.t('menus.app') : input.t(section.labelKey),
    ...(section.id === 'app' ? { role: 'appMenu' as const } : {}),
    ...(section.id === 'window' ? { role: 'windowMenu' as const } : {}),
    ...(section.id === 'help' ? { role: 'help' as const } : {}),
    submenu: section.items.map((node) => item(node, input)),
  }));
}
