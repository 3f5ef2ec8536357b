/**
 * Every app action, declared once. Native menus (main), the command list and the keyboard help
 * (renderer) are all built from this list, so a label, a shortcut or a menu place changes here only.
 */

export const appActionIds = [
  'commands.open',
  'case.new',
  'search.focus',
  'search.all',
  'go.cases',
  'go.agenda',
  'go.settings',
  'security.lock',
  'sync.now',
  'print.caseSummary',
  'print.interview',
  'help.keyboard',
  'help.about',
  'app.quit',
] as const;

export type AppActionId = (typeof appActionIds)[number];

/** Electron's accelerator syntax: `CmdOrCtrl+Shift+P` (Cmd on macOS, Ctrl elsewhere). */
export type Accelerator = string;

export type MenuSectionId = 'app' | 'file' | 'edit' | 'view' | 'go' | 'window' | 'help';

export interface MenuPlacement {
  readonly section: Exclude<MenuSectionId, 'app' | 'window'>;
  /** Items of one group sit together; groups are separated by a line, in ascending order. */
  readonly group: number;
  /** On macOS some items live in the application menu instead (About, Settings, Quit). */
  readonly macSection?: 'app';
}

export type HostMode = 'desktop' | 'web';

export interface AppAction {
  readonly id: AppActionId;
  /** i18n key in the `desktop` namespace (renderer) and in `desktop.json` read by main. */
  readonly labelKey: `actions.${string}`;
  readonly accelerator: Accelerator | null;
  /**
   * The shortcut in web mode when it differs: browsers keep some shortcuts for themselves
   * (Ctrl+N opens a window, Ctrl+L the address bar, Ctrl+1 a tab). `null`: none in web mode.
   */
  readonly webAccelerator?: Accelerator | null;
  readonly menu: MenuPlacement | null;
  /** Only available while a case is open (its menu item is disabled otherwise). */
  readonly needsCase: boolean;
  /**
   * `main`: a menu click is handled in main (lock works even if the page hangs; quit is a role).
   * `renderer`: main forwards the click as a `menu:action-invoked` event.
   */
  readonly handledBy: 'main' | 'renderer';
  readonly modes: readonly HostMode[];
  /** Electron's standard role for the menu item, when one exists. */
  readonly role?: 'quit';
}

const both: readonly HostMode[] = ['desktop', 'web'];

export const appActions: readonly AppAction[] = [
  {
    id: 'commands.open',
    labelKey: 'actions.commandList',
    accelerator: 'CmdOrCtrl+K',
    menu: { section: 'view', group: 0 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'case.new',
    labelKey: 'actions.newCase',
    accelerator: 'CmdOrCtrl+N',
    webAccelerator: 'Alt+Shift+N',
    menu: { section: 'file', group: 0 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'search.focus',
    labelKey: 'actions.find',
    accelerator: 'CmdOrCtrl+F',
    menu: { section: 'edit', group: 2 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'search.all',
    labelKey: 'actions.searchAll',
    accelerator: 'CmdOrCtrl+Shift+F',
    menu: { section: 'edit', group: 2 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'go.cases',
    labelKey: 'actions.goCases',
    accelerator: 'CmdOrCtrl+1',
    webAccelerator: 'Alt+1',
    menu: { section: 'go', group: 0 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'go.agenda',
    labelKey: 'actions.goAgenda',
    accelerator: 'CmdOrCtrl+2',
    webAccelerator: 'Alt+2',
    menu: { section: 'go', group: 0 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'go.settings',
    labelKey: 'actions.goSettings',
    accelerator: 'CmdOrCtrl+,',
    webAccelerator: 'Alt+3',
    menu: { section: 'go', group: 1, macSection: 'app' },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'print.caseSummary',
    labelKey: 'actions.printCaseSummary',
    accelerator: 'CmdOrCtrl+P',
    menu: { section: 'file', group: 1 },
    needsCase: true,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'print.interview',
    labelKey: 'actions.printInterview',
    accelerator: 'CmdOrCtrl+Shift+P',
    menu: { section: 'file', group: 1 },
    needsCase: true,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'sync.now',
    labelKey: 'actions.syncNow',
    accelerator: 'CmdOrCtrl+Shift+S',
    menu: { section: 'file', group: 2 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'security.lock',
    labelKey: 'actions.lockNow',
    accelerator: 'CmdOrCtrl+L',
    webAccelerator: 'Alt+Shift+L',
    menu: { section: 'file', group: 2 },
    needsCase: false,
    handledBy: 'main',
    modes: both,
  },
  {
    id: 'help.keyboard',
    labelKey: 'actions.keyboardHelp',
    accelerator: 'CmdOrCtrl+/',
    menu: { section: 'help', group: 0 },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'help.about',
    labelKey: 'actions.about',
    accelerator: null,
    menu: { section: 'help', group: 1, macSection: 'app' },
    needsCase: false,
    handledBy: 'renderer',
    modes: both,
  },
  {
    id: 'app.quit',
    labelKey: 'actions.quit',
    accelerator: 'CmdOrCtrl+Q',
    menu: { section: 'file', group: 9, macSection: 'app' },
    needsCase: false,
    handledBy: 'main',
    modes: ['desktop'],
    role: 'quit',
  },
];

const byId = new Map(appActions.map((action) => [action.id, action]));

export function getAppAction(id: AppActionId): AppAction {
  const action = byId.get(id);
  if (!action) throw new Error(`unknown action ${id}`);
  return action;
}

export function isAppActionId(value: unknown): value is AppActionId {
  return typeof value === 'string' && byId.has(value as AppActionId);
}

/** The shortcut that works in this mode, or null. */
export function acceleratorFor(action: AppAction, mode: HostMode): Accelerator | null {
  if (mode === 'web' && action.webAccelerator !== undefined) return action.webAccelerator;
  return action.accelerator;
}

export function actionsForMode(mode: HostMode): AppAction[] {
  return appActions.filter((action) => action.modes.includes(mode));
}
