import { describe, expect, it } from 'vitest';
import { actionsForMode } from './action-registry';
import { buildMenuModel, menuActionIds, type MenuNode, type MenuSection } from './menu-model';

const labels = (section: MenuSection | undefined) =>
  (section?.items ?? []).map((node: MenuNode) =>
    node.type === 'action' ? node.action.id : node.type === 'role' ? node.role : '---',
  );

describe('menu model', () => {
  it('puts every desktop action with a menu place in the menu, on every platform', () => {
    const expected = actionsForMode('desktop')
      .filter((a) => a.menu)
      .map((a) => a.id)
      .sort();
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const model = buildMenuModel({ platform, devTools: false });
      expect(menuActionIds(model).sort()).toEqual(expected);
    }
  });

  it('uses the macOS app menu for About, Settings and Quit', () => {
    const mac = buildMenuModel({ platform: 'darwin', devTools: false });
    expect(mac[0]?.id).toBe('app');
    expect(labels(mac[0])).toEqual([
      'help.about',
      '---',
      'go.settings',
      '---',
      'services',
      '---',
      'hide',
      'hideOthers',
      'unhide',
      '---',
      'app.quit',
    ]);
    expect(labels(mac.find((s) => s.id === 'file'))).not.toContain('app.quit');
  });

  it('puts Quit last in File on Windows and Linux, with groups separated', () => {
    const win = buildMenuModel({ platform: 'win32', devTools: false });
    expect(win.map((s) => s.id)).toEqual(['file', 'edit', 'view', 'go', 'window', 'help']);
    expect(labels(win.find((s) => s.id === 'file'))).toEqual([
      'case.new',
      '---',
      'print.caseSummary',
      'print.interview',
      '---',
      'sync.now',
      'security.lock',
      '---',
      'app.quit',
    ]);
    expect(labels(win.find((s) => s.id === 'help'))).toEqual([
      'help.keyboard',
      '---',
      'help.about',
    ]);
  });

  it('uses standard roles for editing and windows, and DevTools only when allowed', () => {
    const linux = buildMenuModel({ platform: 'linux', devTools: false });
    const edit = labels(linux.find((s) => s.id === 'edit'));
    expect(edit).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste']));
    expect(edit.slice(-2)).toEqual(['search.focus', 'search.all']);
    expect(labels(linux.find((s) => s.id === 'view'))).not.toContain('toggleDevTools');
    const dev = buildMenuModel({ platform: 'linux', devTools: true });
    expect(labels(dev.find((s) => s.id === 'view'))).toContain('toggleDevTools');
  });

  it('never starts, ends or doubles a separator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const section of buildMenuModel({ platform, devTools: true })) {
        const items = labels(section);
        expect(items[0]).not.toBe('---');
        expect(items.at(-1)).not.toBe('---');
        expect(items.join(',')).not.toContain('---,---');
      }
    }
  });
});
