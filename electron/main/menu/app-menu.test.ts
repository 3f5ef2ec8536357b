import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appActions } from '@core/actions/action-registry';
import { BrowserWindow, Menu, resetElectronMock } from '../../../test/mocks/electron';
import { forgetAppWindowsForTests, trackAppWindow } from '../windows/window-registry';
import { installAppMenu } from './app-menu';

vi.mock('electron', () => import('../../../test/mocks/electron'));

type Item = Record<string, unknown> & { submenu?: Item[] };

const allItems = (): Item[] =>
  (Menu.current!.template as Item[]).flatMap((section) => [section, ...(section.submenu ?? [])]);
const byId = (id: string) => allItems().find((item) => item['id'] === id);
const byLabel = (label: string) => allItems().find((item) => item['label'] === label);

let window: BrowserWindow;
const runInMain = vi.fn();

function install(platform: NodeJS.Platform = 'linux', language: 'en' | 'es' = 'en') {
  return installAppMenu({
    platform,
    devTools: false,
    initialState: { language, hasOpenCase: false },
    runInMain,
  });
}

beforeEach(() => {
  resetElectronMock();
  forgetAppWindowsForTests();
  window = new BrowserWindow();
  trackAppWindow(window as never);
});

describe('application menu', () => {
  it('is built from the action registry with its accelerators', () => {
    install();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(byId('case.new')).toMatchObject({ label: 'New case', accelerator: 'CmdOrCtrl+N' });
    expect(byId('security.lock')).toMatchObject({ label: 'Lock now', accelerator: 'CmdOrCtrl+L' });
    expect(byId('commands.open')).toMatchObject({ accelerator: 'CmdOrCtrl+K' });
    expect(byLabel('Quit Amparo')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    expect(byLabel('Copy')).toMatchObject({ role: 'copy' });
    expect(byLabel('Window')).toMatchObject({ role: 'windowMenu' });
  });

  it('labels every item (no raw i18n keys) in English and Spanish on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const language of ['en', 'es'] as const) {
        resetElectronMock();
        install(platform, language);
        for (const item of allItems()) {
          if (item['type'] === 'separator') continue;
          expect(String(item['label']), JSON.stringify(item)).toMatch(/\S/);
          expect(String(item['label'])).not.toMatch(/^(actions|roles|menus)\./);
        }
      }
    }
    resetElectronMock();
    install('linux', 'es');
    expect(byId('case.new')?.['label']).toBe('Nuevo caso');
    expect(byLabel('Copiar')).toMatchObject({ role: 'copy' });
  });

  it('disables actions that need an open case until the renderer says one is open', () => {
    const menu = install();
    expect(byId('print.caseSummary')?.['enabled']).toBe(false);
    expect(byId('print.interview')?.['enabled']).toBe(false);
    expect(byId('case.new')?.['enabled']).toBe(true);
    menu.update({ language: 'en', hasOpenCase: true });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(byId('print.caseSummary')?.['enabled']).toBe(true);
  });

  it('rebuilds only when the language or the open case changes', () => {
    const menu = install();
    menu.update({ language: 'en', hasOpenCase: false });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    menu.update({ language: 'es', hasOpenCase: false });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(menu.state()).toEqual({ language: 'es', hasOpenCase: false });
    expect(byId('go.agenda')?.['label']).toBe('Ir a la agenda');
  });

  it('forwards renderer actions to the app window as menu:action-invoked', () => {
    install();
    window.minimized = true;
    (byId('go.agenda')!['click'] as () => void)();
    expect(window.restore).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('menu:action-invoked', {
      actionId: 'go.agenda',
    });
    expect(runInMain).not.toHaveBeenCalled();
  });

  it('prefers the focused app window and sends nothing without one', () => {
    const second = new BrowserWindow();
    trackAppWindow(second as never);
    BrowserWindow.focused = second;
    install();
    (byId('help.keyboard')!['click'] as () => void)();
    expect(second.webContents.send).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).not.toHaveBeenCalled();
    forgetAppWindowsForTests();
    (byId('help.keyboard')!['click'] as () => void)();
    expect(second.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('runs Lock now in main, so it works even when the page does not answer', () => {
    install();
    (byId('security.lock')!['click'] as () => void)();
    expect(runInMain).toHaveBeenCalledWith(expect.objectContaining({ id: 'security.lock' }));
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('has a menu item for every desktop action that has a menu place', () => {
    install('darwin');
    const expected = appActions.filter((a) => a.menu && a.modes.includes('desktop'));
    for (const action of expected) {
      const found = action.role ? byLabel('Quit Amparo') : byId(action.id);
      expect(found, action.id).toBeDefined();
    }
  });
});
