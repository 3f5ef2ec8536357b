import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The built main process (`npx electron-vite build`). */
export const mainEntry = join(repoRoot, 'out', 'main', 'index.js');

let skipReason: string | null | undefined;

/**
 * Null when an Electron binary can run here, otherwise why the desktop specs are skipped (printed
 * once per worker). The npm package's index throws "Electron failed to install correctly" when its
 * binary was never downloaded, which is the normal state on machines without GitHub access.
 */
export function desktopSkipReason(): string | null {
  if (skipReason !== undefined) return skipReason;
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    skipReason =
      typeof binary === 'string' && existsSync(binary)
        ? null
        : 'the electron package returned no usable binary path';
  } catch (error) {
    const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    skipReason = `Electron binary not installed: ${firstLine}`;
  }
  if (skipReason !== null) {
    process.stderr.write(
      `\n[desktop e2e] SKIPPED: ${skipReason}\n` +
        '[desktop e2e] These specs launch the real app with Playwright _electron; they run wherever ' +
        'the Electron binary is installed. Unit tests (vitest --project electron) still cover main.\n\n',
    );
  }
  return skipReason;
}

export async function createUserDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'amparo-desktop-e2e-'));
}

export async function removeUserDataDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/**
 * Options for `_electron.launch`: the built app, with its own throwaway data folder. The caller's
 * AMPARO_* variables are left out (a developer's shell must not change what a spec sees); `extra`
 * sets the ones a spec needs, such as AMPARO_SERVER_URL.
 */
export function amparoLaunchOptions(
  userDataDir: string,
  extra: Readonly<Record<string, string>> = {},
): {
  args: string[];
  env: Record<string, string>;
  timeout: number;
} {
  if (!existsSync(mainEntry)) {
    throw new Error(
      `${mainEntry} is missing: run "npx electron-vite build" before the desktop specs`,
    );
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && !key.startsWith('AMPARO_')) {
      env[key] = value;
    }
  }
  env['AMPARO_USER_DATA_DIR'] = userDataDir;
  env['AMPARO_LOG_LEVEL'] = 'warn';
  Object.assign(env, extra);
  return { args: [mainEntry], env, timeout: 30_000 };
}
