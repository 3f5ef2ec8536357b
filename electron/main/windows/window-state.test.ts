import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialWindowBounds, readWindowState, writeWindowState } from './window-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'amparo-window-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const state = { x: 100, y: 80, width: 1200, height: 800, isMaximized: false };
const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state file', () => {
  it('round-trips geometry only', async () => {
    const file = join(dir, 'window-state.json');
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{'],
    ['wrong types', JSON.stringify({ ...state, width: '1200' })],
    ['extra keys (e.g. an open case)', JSON.stringify({ ...state, caseId: 'c-1' })],
    ['absurd size', JSON.stringify({ ...state, width: 10 })],
    ['fractional', JSON.stringify({ ...state, x: 1.5 })],
    ['array', '[]'],
  ])('is ignored when %s', async (_label, content) => {
    const file = join(dir, 'window-state.json');
    if (content !== null) await writeFile(file, content);
    expect(readWindowState(file)).toBeNull();
  });

  it('refuses to write anything but geometry', () => {
    const file = join(dir, 'window-state.json');
    expect(() => writeWindowState(file, { ...state, caseId: 'x' } as typeof state)).toThrow();
  });
});

describe('initialWindowBounds', () => {
  it('uses defaults without a saved state', () => {
    expect(initialWindowBounds(null, screen)).toEqual({
      bounds: { width: 1280, height: 800 },
      isMaximized: false,
    });
  });

  it('restores a visible window and its maximised flag', () => {
    expect(initialWindowBounds({ ...state, isMaximized: true }, screen)).toEqual({
      bounds: { x: 100, y: 80, width: 1200, height: 800 },
      isMaximized: true,
    });
  });

  it('drops the position when its display is gone', () => {
    expect(initialWindowBounds({ ...state, x: 4000 }, screen).bounds).toEqual({
      width: 1200,
      height: 800,
    });
  });

  it('shrinks a window larger than its display', () => {
    const small = [{ x: 0, y: 0, width: 1024, height: 700 }];
    expect(
      initialWindowBounds({ ...state, x: 0, y: 0, width: 1900, height: 1000 }, small).bounds,
    ).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });
});
