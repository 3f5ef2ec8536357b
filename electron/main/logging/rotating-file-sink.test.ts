import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRotatingFileSink } from './rotating-file-sink';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'amparo-logs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rotating file sink', () => {
  it('appends lines to logs/main.log, readable by the user only', async () => {
    const logs = join(dir, 'logs');
    const write = createRotatingFileSink({ directory: logs });
    write('{"a":1}');
    write('{"b":2}');
    expect(await readFile(join(logs, 'main.log'), 'utf8')).toBe('{"a":1}\n{"b":2}\n');
    expect((await stat(join(logs, 'main.log'))).mode & 0o077).toBe(0);
  });

  it('rotates by size and keeps a bounded number of files', async () => {
    const write = createRotatingFileSink({ directory: dir, maxBytes: 100, maxFiles: 2 });
    for (let i = 0; i < 20; i += 1) write(`line ${i} ${'x'.repeat(30)}`);
    expect((await readdir(dir)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of await readdir(dir)) {
      expect((await stat(join(dir, file))).size).toBeLessThanOrEqual(100);
    }
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toContain('line 19');
  });

  it('continues an existing file after a restart', async () => {
    createRotatingFileSink({ directory: dir, maxBytes: 60 })('a'.repeat(40));
    createRotatingFileSink({ directory: dir, maxBytes: 60 })('b'.repeat(40));
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toBe(`${'b'.repeat(40)}\n`);
    expect(await readFile(join(dir, 'main.1.log'), 'utf8')).toBe(`${'a'.repeat(40)}\n`);
  });
});
