/**
 * The native menu as data: sections of actions (from the registry), Electron's standard roles and
 * separators. Main turns it into an Electron menu; tests read it without Electron.
 */
import type { Platform } from './accelerator';
import {
  appActions,
  type AppAction,
  type AppActionId,
  type MenuSectionId,
} from './action-registry';

/** Electron roles Amparo uses. Their labels come from `desktop.json` (`roles.<role>`). */
export const standardRoles = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'toggleDevTools',
  'minimize',
  'zoom',
  'close',
  'front',
  'services',
  'hide',
  'hideOthers',
  'unhide',
] as const;
export type StandardRole = (typeof standardRoles)[number];

export type MenuNode =
  | { readonly type: 'action'; readonly action: AppAction }
  | { readonly type: 'role'; readonly role: StandardRole }
  | { readonly type: 'separator' };

export interface MenuSection {
  readonly id: MenuSectionId;
  /** `menus.<id>` in `desktop.json`; the macOS app menu is titled with the product name. */
  readonly labelKey: `menus.${MenuSectionId}`;
  readonly items: readonly MenuNode[];
}

export interface MenuModelOptions {
  readonly platform: Platform;
  /** DevTools only in unpackaged builds. */
  readonly devTools: boolean;
}

const separator: MenuNode = { type: 'separator' };
const roles = (...names: StandardRole[]): MenuNode[] =>
  names.map((role) => ({ type: 'role', role }));

function sectionOf(action: AppAction, platform: Platform): MenuSectionId | null {
  if (!action.menu || !action.modes.includes('desktop')) return null;
  if (platform === 'darwin' && action.menu.macSection) return action.menu.macSection;
  return action.menu.section;
}

/** Actions of one section, grouped in registry order, with a separator between groups. */
function actionItems(section: MenuSectionId, platform: Platform): MenuNode[] {
  const groups = new Map<number, AppAction[]>();
  for (const action of appActions) {
    if (sectionOf(action, platform) !== section) continue;
    const group = action.menu?.group ?? 0;
    groups.set(group, [...(groups.get(group) ?? []), action]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => a - b);
  return ordered.flatMap(([, actions], index) => [
    ...(index > 0 ? [separator] : []),
    ...actions.map((action): MenuNode => ({ type: 'action', action })),
  ]);
}

function joined(...parts: MenuNode[][]): MenuNode[] {
  return parts
    .filter((part) => part.length > 0)
    .flatMap((part, index) => [...(index > 0 ? [separator] : []), ...part]);
}

/**
 * The macOS application menu, in Apple's order: About, Settings, the system items, Quit. Which
 * actions go here is declared in the registry (`macSection: 'app'`).
 */
function macAppMenuItems(): MenuNode[] {
  const own = appActions.filter((a) => a.menu?.macSection === 'app' && a.modes.includes('desktop'));
  const pick = (test: (a: AppAction) => boolean): MenuNode[] =>
    own.filter(test).map((action) => ({ type: 'action', action }));
  return joined(
    pick((a) => a.menu?.section === 'help'),
    pick((a) => a.menu?.section !== 'help' && a.role !== 'quit'),
    roles('services'),
    roles('hide', 'hideOthers', 'unhide'),
    pick((a) => a.role === 'quit'),
  );
}

export function buildMenuModel(options: MenuModelOptions): MenuSection[] {
  const { platform } = options;
  const mac = platform === 'darwin';
  const section = (id: MenuSectionId, items: MenuNode[]): MenuSection => ({
    id,
    labelKey: `menus.${id}`,
    items,
  });
  const appSection = mac ? [section('app', macAppMenuItems())] : [];
  return [
    ...appSection,
    section('file', actionItems('file', platform)),
    section(
      'edit',
      joined(
        roles('undo', 'redo'),
        roles('cut', 'copy', 'paste', ...(mac ? (['pasteAndMatchStyle'] as const) : []), 'delete'),
        roles('selectAll'),
        actionItems('edit', platform),
      ),
    ),
    section(
      'view',
      joined(
        actionItems('view', platform),
        roles('resetZoom', 'zoomIn', 'zoomOut'),
        roles('togglefullscreen'),
        options.devTools ? roles('toggleDevTools') : [],
      ),
    ),
    section('go', actionItems('go', platform)),
    section(
      'window',
      mac ? joined(roles('minimize', 'zoom'), roles('front')) : roles('minimize', 'close'),
    ),
    section('help', actionItems('help', platform)),
  ].filter((s) => s.items.length > 0);
}

/** Every action id that appears in the menu for this platform. */
export function menuActionIds(model: readonly MenuSection[]): AppActionId[] {
  return model.flatMap((s) => s.items.flatMap((n) => (n.type === 'action' ? [n.action.id] : [])));
}
