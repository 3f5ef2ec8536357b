/**
 * A release is never packed from a renderer built with the plaintext-storage development flag
 * (VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE): build/check-release.cjs, electron-builder's beforePack hook.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  electronVersion,
  ensureBuilt,
  makeElectronDist,
  missingTool,
  repoRoot,
  requireFromRepo,
  runElectronBuilder,
  stageProject,
} from './pack-helpers';

const { releaseProblem } = requireFromRepo(join(repoRoot, 'build', 'check-release.cjs')) as {
  releaseProblem(projectDir: string, env?: Record<string, string | undefined>): string | null;
};

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function projectWithFlags(flags: unknown | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'amparo-release-'));
  folders.push(dir);
  mkdirSync(join(dir, 'out', 'renderer'), { recursive: true });
  if (flags !== null)
    writeFileSync(join(dir, 'out', 'renderer', 'build-flags.json'), JSON.stringify(flags));
  return dir;
}

describe('release check (beforePack)', () => {
  it('passes a renderer built with encrypted storage', () => {
    expect(releaseProblem(projectWithFlags({ plaintextStorage: false }), {})).toBeNull();
  });

  it('refuses a renderer built with the plaintext flag, or with no record of how it was built', () => {
    expect(releaseProblem(projectWithFlags({ plaintextStorage: true }), {})).toMatch(
      /NOT encrypted/,
    );
    expect(releaseProblem(projectWithFlags({}), {})).toMatch(/NOT encrypted/);
    expect(releaseProblem(projectWithFlags(null), {})).toMatch(/build-flags\.json is missing/);
  });

  it('refuses while the flag is set in the environment, whatever out/ holds', () => {
    const dir = projectWithFlags({ plaintextStorage: false });
    expect(releaseProblem(dir, { VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE: '1' })).toMatch(/is set/);
    expect(releaseProblem(dir, { VITE_AMPARO_UNSAFE_PLAINTEXT_STORAGE: 'true' })).toMatch(/is set/);
  });

  it('the build records the flag: out/renderer/build-flags.json says encrypted for npm run build', async () => {
    ensureBuilt();
    expect(releaseProblem(repoRoot, {})).toBeNull();
  });

  const skipReason = missingTool() ?? (process.platform === 'linux' ? null : 'Linux stand-in only');
  it.skipIf(skipReason !== null)(
    'stops electron-builder before packing a plaintext renderer',
    () => {
      ensureBuilt();
      const work = mkdtempSync(join(tmpdir(), 'amparo-pack-plaintext-'));
      folders.push(work);
      const stage = join(work, 'stage');
      makeElectronDist(join(work, 'electron-dist'));
      stageProject(stage);
      writeFileSync(
        join(stage, 'out', 'renderer', 'build-flags.json'),
        JSON.stringify({ plaintextStorage: true }),
      );
      const build = runElectronBuilder(
        stage,
        [
          '--linux',
          'dir',
          '--publish',
          'never',
          `-c.electronVersion=${electronVersion}`,
          `-c.electronDist=${join(work, 'electron-dist')}`,
          `-c.directories.output=${join(work, 'release')}`,
        ],
        { AMPARO_UPDATE_URL: 'https://updates.example.org/amparo' },
      );
      expect(build.status).not.toBe(0);
      expect(build.output).toMatch(/Refusing to package Amparo: .*NOT encrypted/);
    },
  );
});
