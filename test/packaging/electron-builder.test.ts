import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decoys,
  electronVersion,
  ensureBuilt,
  makeElectronDist,
  missingTool,
  repoRoot,
  requireFromRepo,
  runElectronBuilder,
  serverPackages,
  stageProject,
} from './pack-helpers';
import { smokeBuildArgs, smokeOverrides } from './smoke-build.mjs';

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[] };
  nsis: Record<string, unknown>;
  mac: Record<string, unknown>;
  linux: { target: string[] };
  publish: Record<string, unknown>;
  files: { filter: string[] }[];
};

const skipReason = missingTool();
if (skipReason) process.stderr.write(`\n[packaging] SKIPPED: ${skipReason}\n\n`);

const configModule = skipReason
  ? null
  : (requireFromRepo('app-builder-lib/out/util/config/config.js') as {
      getConfig(dir: string, path: string | null, options: null): Promise<Config>;
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    });
const debugLogger = () => {
  const { DebugLogger } = requireFromRepo('builder-util') as {
    DebugLogger: new (enabled: boolean) => unknown;
  };
  return new DebugLogger(false);
};

async function loadConfig(dir = repoRoot, file = 'electron-builder.yml'): Promise<Config> {
  return configModule!.getConfig(dir, join(dir, file), null);
}

async function validate(config: unknown): Promise<void> {
  await configModule!.validateConfiguration(config, debugLogger());
}

describe.skipIf(skipReason !== null)('electron-builder.yml', () => {
  it("passes electron-builder's own schema (app-builder-lib/scheme.json)", async () => {
    expect(existsSync(requireFromRepo.resolve('app-builder-lib/scheme.json'))).toBe(true);
    await expect(validate(await loadConfig())).resolves.toBeUndefined();
  });

  it.each([
    ['an unknown key', { foo: 1 }],
    ['a string where a boolean belongs', { nsis: { oneClick: 'yes' } }],
    ['a misspelt fuse', { electronFuses: { runAsnode: false } }],
    ['an unknown CPU architecture', { win: { target: [{ target: 'nsis', arch: ['sparc'] }] } }],
    ['an unknown update provider', { publish: { provider: 'ftp', url: 'ftp://example.org/' } }],
  ])('rejects a config with %s', async (_what, change) => {
    const config = { ...(await loadConfig()), ...change };
    await expect(validate(config)).rejects.toThrow(/Invalid configuration object/);
  });

  it('flips every hardening fuse', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds per-user NSIS, signed-ready dmg+zip, AppImage and deb, with generic updates', async () => {
    const config = await loadConfig();
    expect(config).toMatchObject({
      appId: 'org.mscenterforjustice.amparo',
      productName: 'Amparo',
      asar: true,
      npmRebuild: false,
      nsis: { oneClick: false, perMachine: false },
      mac: {
        target: [
          { target: 'dmg', arch: ['x64', 'arm64'] },
          { target: 'zip', arch: ['x64', 'arm64'] },
        ],
        hardenedRuntime: true,
        entitlements: 'build/entitlements.mac.plist',
      },
      publish: { provider: 'generic', url: '${env.AMPARO_UPDATE_URL}' },
    });
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.files[0]?.filter).toEqual(
      expect.arrayContaining(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**']),
    );
  });

  it('uses the appId as the Windows AppUserModelID in main', () => {
    const main = readFileSync(join(repoRoot, 'electron/main/desktop-features.ts'), 'utf8');
    expect(main).toContain("appUserModelId = 'org.mscenterforjustice.amparo'");
  });

  it('grants the macOS app JIT and nothing else', () => {
    const plist = readFileSync(join(repoRoot, 'build/entitlements.mac.plist'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('keeps only packaging resources in build/; runtime icons live in assets/', () => {
    const files = readdirSync(join(repoRoot, 'build'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(repoRoot, 'build'), join(entry.parentPath, entry.name)));
    const packaging =
      /^(icon\.(svg|png|ico|icns)|icons\/\d+x\d+\.png|entitlements\.mac\.plist|generate-icons\.mjs|check-release\.cjs)$/;
    expect(files.filter((file) => !packaging.test(file.split(sep).join('/')))).toEqual([]);
    for (const icon of ['window.png', 'notification.png']) {
      const png = readFileSync(join(repoRoot, 'assets', 'icons', icon));
      expect(png.subarray(1, 4).toString(), icon).toBe('PNG');
    }
  });

  it('has the icon set: 1024 px PNG, ICO up to 256 px, ICNS up to 1024 px, Linux PNGs', () => {
    const png = readFileSync(join(repoRoot, 'build/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const linux = readFileSync(join(repoRoot, 'build/icons/512x512.png'));
    expect(linux.readUInt32BE(16)).toBe(512);
    const ico = readFileSync(join(repoRoot, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_v, i) => ico[6 + i * 16] || 256);
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const icns = readFileSync(join(repoRoot, 'build/icon.icns'));
    expect(icns.subarray(0, 4).toString()).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10']) expect(icns.includes(type)).toBe(true);
  });
});

// The stand-in Electron distribution has the Linux layout (one `electron` executable); on macOS
// and Windows the `package` job of ci.yml packs the real thing and checks its fuses instead.
const packSkipReason =
  skipReason ??
  (process.platform === 'linux'
    ? null
    : `the --dir pack uses a Linux stand-in (${process.platform})`);
if (packSkipReason && !skipReason)
  process.stderr.write(`\n[packaging] pack SKIPPED: ${packSkipReason}\n\n`);

describe.skipIf(packSkipReason !== null)('packed app (--dir, stand-in Electron)', () => {
  let work: string;
  let unpacked: string;
  let files: string[];
  let build: { status: number | null; output: string };
  let smoke: { status: number | null; output: string };
  const updateUrl = 'https://updates.example.org/amparo';

  beforeAll(() => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), 'amparo-pack-'));
    const stage = join(work, 'stage');
    makeElectronDist(join(work, 'electron-dist'));
    stageProject(stage);
    build = runElectronBuilder(
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
      { AMPARO_UPDATE_URL: updateUrl },
    );
    unpacked = join(work, 'release', 'linux-unpacked');
    // The smoke variant from the same stage, packed as the CI matrix packs it (plus the stand-in).
    smoke = runElectronBuilder(
      stage,
      [
        ...smokeBuildArgs('linux', join(work, 'release-smoke')),
        `-c.electronVersion=${electronVersion}`,
        `-c.electronDist=${join(work, 'electron-dist')}`,
      ],
      { AMPARO_UPDATE_URL: updateUrl },
    );
    const asar = requireFromRepo('@electron/asar') as { listPackage(path: string): string[] };
    files = build.status === 0 ? asar.listPackage(join(unpacked, 'resources', 'app.asar')) : [];
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs without errors', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('holds the built main, preload and renderer, package.json and the updater', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/node_modules/electron-updater/package.json',
      '/node_modules/builder-util-runtime/package.json',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => /^\/out\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
  });

  it('ships the runtime assets beside app.asar, not inside it', () => {
    for (const icon of ['window.png', 'notification.png'])
      expect(existsSync(join(unpacked, 'resources', 'assets', 'icons', icon)), icon).toBe(true);
    expect(files.filter((f) => f.startsWith('/assets/') || f.startsWith('/build/'))).toEqual([]);
    expect(readdirSync(join(unpacked, 'resources', 'assets'), { recursive: true })).not.toContain(
      'README.md',
    );
  });

  it('holds no server code, tests, sources, source maps or demo data', () => {
    const own = files.filter((f) => !f.startsWith('/node_modules/'));
    expect(own.filter((f) => /\.(map|ts|tsx)$/.test(f))).toEqual([]);
    expect(
      own.filter((f) => /^\/(server|test|tests|core|renderer|electron|scripts|\.data)\b/.test(f)),
    ).toEqual([]);
    for (const decoy of Object.keys(decoys)) expect(files).not.toContain(`/${decoy}`);
    expect(files.filter((f) => /\.map$/.test(f))).toEqual([]);
    expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked'))).toBe(false);
  });

  it("packs none of the server workspace's packages, though node_modules holds them", () => {
    const stagedModules = join(work, 'stage', 'node_modules');
    for (const name of serverPackages()) {
      expect(existsSync(join(stagedModules, name)), `${name} staged`).toBe(true);
      expect(
        files.filter((f) => f.startsWith(`/node_modules/${name}/`)),
        name,
      ).toEqual([]);
    }
  });

  it('contains no demo accounts or seed data in the built code', () => {
    const asar = requireFromRepo('@electron/asar') as {
      extractFile(archive: string, file: string): Buffer;
    };
    const archive = join(unpacked, 'resources', 'app.asar');
    for (const file of files.filter((f) => /^\/out\/.+\.(js|cjs|html)$/.test(f))) {
      const text = asar.extractFile(archive, file.slice(1)).toString('utf8');
      expect(text, file).not.toMatch(/demo\.amparo\.test|demo-attorney|demo-supervisor/);
    }
  });

  it('flipped the fuses in the packed executable', async () => {
    const { getCurrentFuseWire, FuseV1Options } = requireFromRepo('@electron/fuses') as {
      getCurrentFuseWire(path: string): Promise<Record<number, number>>;
      FuseV1Options: Record<string, number>;
    };
    const wire = await getCurrentFuseWire(join(unpacked, 'amparo'));
    const on = 49;
    const off = 48;
    const state = (name: string) => wire[FuseV1Options[name]!];
    expect(state('RunAsNode')).toBe(off);
    expect(state('EnableCookieEncryption')).toBe(on);
    expect(state('EnableNodeOptionsEnvironmentVariable')).toBe(off);
    expect(state('EnableNodeCliInspectArguments')).toBe(off);
    expect(state('EnableEmbeddedAsarIntegrityValidation')).toBe(on);
    expect(state('OnlyLoadAppFromAsar')).toBe(on);
    expect(state('GrantFileProtocolExtraPrivileges')).toBe(off);
  });

  it('packs the smoke variant with the inspector fuse on and every other fuse as released', async () => {
    expect(smokeOverrides).toEqual(['-c.electronFuses.enableNodeCliInspectArguments=true']);
    expect(smoke.status, smoke.output).toBe(0);
    const { getCurrentFuseWire } = requireFromRepo('@electron/fuses') as {
      getCurrentFuseWire(path: string): Promise<Record<number, number>>;
    };
    const released = await getCurrentFuseWire(join(unpacked, 'amparo'));
    const smokeWire = await getCurrentFuseWire(
      join(work, 'release-smoke', 'linux-unpacked', 'amparo'),
    );
    const { FuseV1Options } = requireFromRepo('@electron/fuses') as {
      FuseV1Options: Record<string, number>;
    };
    const inspect = FuseV1Options['EnableNodeCliInspectArguments']!;
    const differing = Object.keys(released).filter(
      (fuse) => released[Number(fuse)] !== smokeWire[Number(fuse)],
    );
    expect(differing).toEqual([String(inspect)]);
    expect(smokeWire[inspect]).toBe(49);
  });

  it('writes the update feed from AMPARO_UPDATE_URL', () => {
    const feed = readFileSync(join(unpacked, 'resources', 'app-update.yml'), 'utf8');
    expect(feed).toContain('provider: generic');
    expect(feed).toContain(`url: ${updateUrl}`);
  });
});
