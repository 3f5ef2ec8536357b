import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactText } from '../logging/redact';
import {
  defaultSavePath,
  fileInsideRoot,
  homeFolderPattern,
  isAbsoluteFolder,
} from './platform-paths';

const { win32, posix } = path;

describe('fileInsideRoot: the app:// protocol maps URL segments to files in the bundle', () => {
  const roots = {
    'a drive letter with spaces and accents':
      'C:\\Users\\José Pérez\\AppData\\Local\\Programs\\Amparo\\resources\\app.asar\\out\\renderer',
    'a UNC share': '\\\\fileserver\\apps\\Amparo\\resources\\app.asar\\out\\renderer',
    'a lower-case drive': 'd:\\Amparo\\out\\renderer',
  };
  for (const [label, root] of Object.entries(roots)) {
    it(`on Windows, ${label}`, () => {
      expect(fileInsideRoot(root, ['assets', 'index-B1c2.js'], win32)).toBe(
        `${root}\\assets\\index-B1c2.js`,
      );
      expect(fileInsideRoot(root, ['..', 'main', 'index.js'], win32)).toBeNull();
      expect(fileInsideRoot(root, ['..'], win32)).toBeNull();
      expect(fileInsideRoot(root, ['C:\\Windows\\win.ini'], win32)).toBeNull();
      expect(fileInsideRoot(root, ['\\\\evil\\share\\x'], win32)).toBeNull();
      expect(fileInsideRoot(root, [], win32)).toBeNull();
    });
  }

  it('on macOS and Linux, with spaces in the bundle path', () => {
    const root = '/Applications/Amparo Test.app/Contents/Resources/app.asar/out/renderer';
    expect(fileInsideRoot(root, ['index.html'], posix)).toBe(`${root}/index.html`);
    expect(fileInsideRoot(root, ['..', '..', 'main'], posix)).toBeNull();
    expect(fileInsideRoot(root, ['/etc/passwd'], posix)).toBeNull();
    expect(fileInsideRoot(root, ['..renderer-sibling'], posix)).toBe(`${root}/..renderer-sibling`);
  });
});

describe('isAbsoluteFolder: AMPARO_USER_DATA_DIR', () => {
  it('on Windows needs a drive letter or a UNC share', () => {
    expect(isAbsoluteFolder('C:\\Users\\José Pérez\\Amparo data', win32)).toBe(true);
    expect(isAbsoluteFolder('c:/amparo', win32)).toBe(true);
    expect(isAbsoluteFolder('\\\\server\\share\\amparo', win32)).toBe(true);
    expect(isAbsoluteFolder('\\amparo', win32)).toBe(false);
    expect(isAbsoluteFolder('/amparo', win32)).toBe(false);
    expect(isAbsoluteFolder('C:amparo', win32)).toBe(false);
    expect(isAbsoluteFolder('amparo\\data', win32)).toBe(false);
  });

  it('on macOS and Linux is a rooted path', () => {
    expect(isAbsoluteFolder('/Users/José Pérez/Library/Application Support/Amparo', posix)).toBe(
      true,
    );
    expect(isAbsoluteFolder('amparo/data', posix)).toBe(false);
    expect(isAbsoluteFolder('C:\\amparo', posix)).toBe(false);
  });
});

describe('defaultSavePath: the save dialog starts in Documents', () => {
  it('keeps the suggested name inside Documents on every platform', () => {
    expect(
      defaultSavePath('C:\\Users\\José Pérez\\Documents', 'MCJ-2026-0042-draft.docx', win32),
    ).toBe('C:\\Users\\José Pérez\\Documents\\MCJ-2026-0042-draft.docx');
    expect(defaultSavePath('\\\\server\\home\\ana\\Documents', 'a.pdf', win32)).toBe(
      '\\\\server\\home\\ana\\Documents\\a.pdf',
    );
    expect(defaultSavePath('/Users/José Pérez/Documents', 'a.ics', posix)).toBe(
      '/Users/José Pérez/Documents/a.ics',
    );
    // A separator of either kind never moves the file out of Documents.
    expect(defaultSavePath('C:\\Docs', '..\\..\\Windows\\evil.docx', win32)).toBe(
      'C:\\Docs\\evil.docx',
    );
    expect(defaultSavePath('/docs', '../../etc/evil.docx', posix)).toBe('/docs/evil.docx');
    expect(defaultSavePath('/docs', '..\\evil.docx', posix)).toBe('/docs/evil.docx');
  });
});

describe('homeFolderPattern: the OS account name stays out of logs', () => {
  const home = 'C:\\Users\\José Pérez';
  it.each([
    ['as is', 'ENOENT: C:\\Users\\José Pérez\\AppData\\x', 'ENOENT: ~\\AppData\\x'],
    ['in another case', 'open c:\\users\\JOSÉ PÉREZ\\Documents', 'open ~\\Documents'],
    ['with forward slashes', 'at C:/Users/José Pérez/app.asar/main.js', 'at ~/app.asar/main.js'],
    ['JSON-escaped', '{"path":"C:\\\\Users\\\\José Pérez\\\\x"}', '{"path":"~\\\\x"}'],
    ['as a file URL', 'file:///C:/Users/Jos%C3%A9%20P%C3%A9rez/x.js', 'file:///~/x.js'],
  ])('Windows home folder %s', (_label, text, expected) => {
    expect(text.replace(homeFolderPattern(home)!, '~')).toBe(expected);
  });

  it('macOS and Linux home folders, through the log redaction', () => {
    expect(redactText('/Users/Ana/Library/Logs/Amparo', { homeDir: '/Users/Ana/' })).toBe(
      '~/Library/Logs/Amparo',
    );
    expect(redactText('at C:/Users/José Pérez/x', { homeDir: home })).toBe('at ~/x');
    expect(homeFolderPattern('/')).toBeNull();
  });
});
