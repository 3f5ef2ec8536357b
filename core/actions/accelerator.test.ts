import { describe, expect, it } from 'vitest';
import {
  formatAccelerator,
  matchesAccelerator,
  parseAccelerator,
  platformFrom,
  type KeyLike,
} from './accelerator';

const key = (over: Partial<KeyLike>): KeyLike => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});
const names = { ctrl: 'Ctrl', shift: 'Shift', alt: 'Alt' };

describe('accelerators', () => {
  it('parses modifiers and keys', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+P')).toEqual({
      primary: true,
      shift: true,
      alt: false,
      key: 'P',
    });
    expect(parseAccelerator('Alt+1')).toMatchObject({ primary: false, alt: true, key: '1' });
    for (const bad of ['Ctrl+P', 'CmdOrCtrl+', 'CmdOrCtrl+Shift+Shift+P', 'Super+K', 'p']) {
      expect(() => parseAccelerator(bad), bad).toThrow();
    }
  });

  it('uses Ctrl on Windows and Linux and Cmd on macOS', () => {
    const ctrlK = key({ key: 'k', code: 'KeyK', ctrlKey: true });
    const cmdK = key({ key: 'k', code: 'KeyK', metaKey: true });
    expect(matchesAccelerator('CmdOrCtrl+K', ctrlK, 'linux')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+K', ctrlK, 'darwin')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+K', cmdK, 'darwin')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+K', cmdK, 'win32')).toBe(false);
  });

  it('needs exactly the listed modifiers', () => {
    const ctrlShiftP = key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', ctrlShiftP, 'linux')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+P', ctrlShiftP, 'linux')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+P', key({ key: 'p', code: 'KeyP' }), 'linux')).toBe(false);
  });

  it('matches by physical key (Alt+1 types ¡ on a Mac) or by character', () => {
    const macAlt1 = key({ key: '¡', code: 'Digit1', altKey: true });
    expect(matchesAccelerator('Alt+1', macAlt1, 'darwin')).toBe(true);
    const slash = key({ key: '/', code: 'Slash', ctrlKey: true });
    expect(matchesAccelerator('CmdOrCtrl+/', slash, 'win32')).toBe(true);
    const azertyK = key({ key: 'k', code: 'KeyX', ctrlKey: true });
    expect(matchesAccelerator('CmdOrCtrl+K', azertyK, 'linux')).toBe(true);
  });

  it('formats for people', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+P', 'win32', names)).toBe('Ctrl+Shift+P');
    expect(formatAccelerator('CmdOrCtrl+Shift+P', 'darwin', names)).toBe('⇧⌘P');
    expect(formatAccelerator('Alt+Shift+L', 'linux', { ...names, shift: 'Mayús' })).toBe(
      'Alt+Mayús+L',
    );
  });

  it('reads the platform from navigator or process values', () => {
    expect(platformFrom('MacIntel')).toBe('darwin');
    expect(platformFrom('Win32')).toBe('win32');
    expect(platformFrom('Linux x86_64')).toBe('linux');
    expect(platformFrom('darwin')).toBe('darwin');
    expect(platformFrom(undefined)).toBe('other');
  });
});
