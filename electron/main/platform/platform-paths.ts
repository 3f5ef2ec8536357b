import path, { type PlatformPath } from 'node:path';

/**
 * Path rules that differ between Windows and POSIX, written against a `PlatformPath` so that the
 * tests can run the Windows rules (drive letters, UNC shares, backslashes, case-insensitive
 * folders) on Linux with `path.win32`.
 */

/** The file at `segments` under `root`, or null when the segments would leave it. */
export function fileInsideRoot(
  root: string,
  segments: readonly string[],
  paths: PlatformPath = path,
): string | null {
  const base = paths.resolve(root);
  const target = paths.resolve(base, ...segments);
  const fromRoot = paths.relative(base, target);
  if (fromRoot === '' || paths.isAbsolute(fromRoot)) return null;
  if (fromRoot === '..' || fromRoot.startsWith(`..${paths.sep}`)) return null;
  return target;
}

/**
 * An absolute folder the app may keep its data in. On Windows that means a drive letter or a UNC
 * share: `\Amparo` is "absolute" to Node but lands on whichever drive is current.
 */
export function isAbsoluteFolder(value: string, paths: PlatformPath = path): boolean {
  if (!paths.isAbsolute(value)) return false;
  if (paths.sep === '\\')
    return /^[A-Za-z]:[\\/]/.test(value) || /^[\\/]{2}[^\\/]+[\\/]+[^\\/]+/.test(value);
  return true;
}

/** Where the save dialog starts: the suggested name (never a folder) inside Documents. */
export function defaultSavePath(
  documentsDir: string,
  suggestedName: string,
  paths: PlatformPath = path,
): string {
  const name = paths.basename(suggestedName.replace(/[\\/]/g, paths.sep));
  return paths.join(documentsDir, name);
}

/**
 * The forms a home folder takes inside text that reaches a log: as is, with the other slash,
 * JSON-escaped and as a file URL. Matched without regard to case (Windows and macOS folders are
 * case-insensitive, so `c:\users\…` is the same folder).
 */
export function homeFolderPattern(homeDir: string): RegExp | null {
  const trimmed = homeDir.replace(/[\\/]+$/, '');
  if (trimmed.length < 2) return null;
  const forward = trimmed.replace(/\\/g, '/');
  const variants = new Set([trimmed, forward, trimmed.replace(/\\/g, '\\\\'), encodeURI(forward)]);
  const escaped = [...variants]
    .sort((a, b) => b.length - a.length)
    .map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'giu');
}
