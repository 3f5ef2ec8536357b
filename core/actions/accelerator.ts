/** Parsing, matching and display of Electron-style accelerators, for the renderer and tests. */
import type { Accelerator } from './action-registry';

export type Platform = 'darwin' | 'win32' | 'linux' | 'other';

export interface ParsedAccelerator {
  /** Cmd on macOS, Ctrl elsewhere. */
  readonly primary: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  /** Upper-case letter, digit, `F1`…`F12`, or one of `,` `/` `.`. */
  readonly key: string;
}

const keyPattern = /^(?:[A-Z0-9]|F(?:[1-9]|1[0-2])|[,/.])$/;

export function parseAccelerator(accelerator: Accelerator): ParsedAccelerator {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const modifiers = new Set(parts);
  for (const modifier of modifiers) {
    if (!['CmdOrCtrl', 'Shift', 'Alt'].includes(modifier)) {
      throw new Error(`unsupported modifier in ${accelerator}`);
    }
  }
  if (!keyPattern.test(key) || modifiers.size !== parts.length) {
    throw new Error(`unsupported accelerator ${accelerator}`);
  }
  return {
    primary: modifiers.has('CmdOrCtrl'),
    shift: modifiers.has('Shift'),
    alt: modifiers.has('Alt'),
    key,
  };
}

/** The part of a KeyboardEvent that matching needs (structural, so core stays DOM-free). */
export interface KeyLike {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

const punctuationCodes: Readonly<Record<string, string>> = {
  ',': 'Comma',
  '/': 'Slash',
  '.': 'Period',
};

function physicalCode(key: string): string {
  if (/^[A-Z]$/.test(key)) return `Key${key}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return punctuationCodes[key] ?? key;
}

/**
 * True when the event is this shortcut. Keys are matched by physical position (`event.code`) so
 * that Alt+1 still matches on a Mac, where it types `¡`, or by the typed character.
 */
export function matchesAccelerator(
  accelerator: Accelerator,
  event: KeyLike,
  platform: Platform,
): boolean {
  const parsed = parseAccelerator(accelerator);
  const primaryDown = platform === 'darwin' ? event.metaKey : event.ctrlKey;
  const otherDown = platform === 'darwin' ? event.ctrlKey : event.metaKey;
  if (primaryDown !== parsed.primary || otherDown) return false;
  if (event.shiftKey !== parsed.shift || event.altKey !== parsed.alt) return false;
  return event.code === physicalCode(parsed.key) || event.key.toUpperCase() === parsed.key;
}

export interface KeyNames {
  readonly ctrl: string;
  readonly shift: string;
  readonly alt: string;
}

/** `Ctrl+Shift+P` on Windows and Linux, `⇧⌘P` on macOS (Apple's order). */
export function formatAccelerator(
  accelerator: Accelerator,
  platform: Platform,
  names: KeyNames,
): string {
  const parsed = parseAccelerator(accelerator);
  if (platform === 'darwin') {
    return `${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${parsed.primary ? '⌘' : ''}${parsed.key}`;
  }
  return [
    parsed.primary ? names.ctrl : null,
    parsed.alt ? names.alt : null,
    parsed.shift ? names.shift : null,
    parsed.key,
  ]
    .filter((part): part is string => part !== null)
    .join('+');
}

/** The host platform from a `navigator.platform`-like string or Node's `process.platform`. */
export function platformFrom(value: string | undefined): Platform {
  const text = (value ?? '').toLowerCase();
  if (text === 'darwin' || text.startsWith('mac')) return 'darwin';
  if (text === 'win32' || text.startsWith('win')) return 'win32';
  if (text === 'linux' || text.includes('linux')) return 'linux';
  return 'other';
}
