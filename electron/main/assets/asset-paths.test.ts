import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeAssetPath } from './asset-paths';

const repoRoot = resolve(import.meta.dirname, '../../..');

describe('runtime assets', () => {
  it('are read beside app.asar when packaged and from the project when not', () => {
    const roots = {
      resourcesPath: '/opt/Amparo/resources',
      appPath: '/opt/Amparo/resources/app.asar',
    };
    expect(runtimeAssetPath('icons/window.png', { ...roots, isPackaged: true })).toBe(
      join('/opt/Amparo/resources', 'assets', 'icons/window.png'),
    );
    expect(
      runtimeAssetPath('icons/notification.png', {
        isPackaged: false,
        resourcesPath: '/x',
        appPath: repoRoot,
      }),
    ).toBe(join(repoRoot, 'assets', 'icons/notification.png'));
  });

  it('exist in the top-level assets/ folder, as PNG', async () => {
    const { readFileSync } = await import('node:fs');
    for (const asset of ['icons/window.png', 'icons/notification.png'] as const) {
      const path = runtimeAssetPath(asset, {
        isPackaged: false,
        resourcesPath: '',
        appPath: repoRoot,
      });
      expect(existsSync(path), asset).toBe(true);
      expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
