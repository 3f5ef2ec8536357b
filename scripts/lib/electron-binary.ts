import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The path of the Electron binary, or the reason there is none. Since Electron 42 the binary is
 * downloaded on first use; where that cannot happen, the npm package's index throws
 * "Electron failed to install correctly".
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  try {
    const resolved: unknown = createRequire(import.meta.url)('electron');
    if (typeof resolved === 'string' && existsSync(resolved)) return { path: resolved };
    return { missing: 'the electron package did not return a binary path' };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { missing: message ?? 'unknown error' };
  }
}
