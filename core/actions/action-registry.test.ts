import { describe, expect, it } from 'vitest';
import { parseAccelerator } from './accelerator';
import {
  acceleratorFor,
  actionsForMode,
  appActionIds,
  appActions,
  getAppAction,
  isAppActionId,
} from './action-registry';

describe('action registry', () => {
  it('declares every action id exactly once', () => {
    expect(appActions.map((a) => a.id).sort()).toEqual([...appActionIds].sort());
  });

  it('has parseable, unique shortcuts in each mode', () => {
    for (const mode of ['desktop', 'web'] as const) {
      const shortcuts = actionsForMode(mode)
        .map((action) => acceleratorFor(action, mode))
        .filter((a): a is string => a !== null);
      for (const shortcut of shortcuts) expect(() => parseAccelerator(shortcut)).not.toThrow();
      expect(new Set(shortcuts).size).toBe(shortcuts.length);
    }
  });

  it('keeps browser-reserved shortcuts out of web mode', () => {
    const reserved = ['CmdOrCtrl+N', 'CmdOrCtrl+T', 'CmdOrCtrl+W', 'CmdOrCtrl+L', 'CmdOrCtrl+1'];
    for (const action of actionsForMode('web')) {
      expect(reserved).not.toContain(acceleratorFor(action, 'web'));
    }
  });

  it('has the shortcuts the attorneys are told about', () => {
    expect(getAppAction('security.lock').accelerator).toBe('CmdOrCtrl+L');
    expect(getAppAction('commands.open').accelerator).toBe('CmdOrCtrl+K');
    expect(acceleratorFor(getAppAction('commands.open'), 'web')).toBe('CmdOrCtrl+K');
    expect(getAppAction('case.new').accelerator).toBe('CmdOrCtrl+N');
  });

  it('marks print actions as needing an open case, and quit as desktop only', () => {
    expect(getAppAction('print.caseSummary').needsCase).toBe(true);
    expect(getAppAction('print.interview').needsCase).toBe(true);
    expect(getAppAction('go.cases').needsCase).toBe(false);
    expect(actionsForMode('web').map((a) => a.id)).not.toContain('app.quit');
    expect(getAppAction('app.quit').role).toBe('quit');
  });

  it('recognises its ids and refuses others', () => {
    expect(isAppActionId('case.new')).toBe(true);
    expect(isAppActionId('case.delete')).toBe(false);
    expect(isAppActionId(42)).toBe(false);
    expect(() => getAppAction('nope' as never)).toThrow();
  });
});
