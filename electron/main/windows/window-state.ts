import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { minimumWindowSize } from './main-window-options';

/** Only geometry. Never which case or screen was open: the file is not encrypted. */
export const WindowStateSchema = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(minimumWindowSize.width).max(20_000),
  height: z.number().int().min(minimumWindowSize.height).max(20_000),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const defaultWindowSize = { width: 1280, height: 800 } as const;

/** A missing, unreadable or tampered file means "use the defaults". */
export function readWindowState(filePath: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(filePath: string, state: WindowState): void {
  const valid = WindowStateSchema.parse(state);
  mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
  const temporary = `${filePath}.tmp`;
  writeFileSync(temporary, JSON.stringify(valid), { mode: 0o600 });
  renameSync(temporary, filePath);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to open the window. A saved position is kept only if enough of the title bar area is on a
 * display that still exists (monitors get unplugged); the size is shrunk to fit that display.
 */
export function initialWindowBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): { bounds: { x?: number; y?: number; width: number; height: number }; isMaximized: boolean } {
  if (!saved) return { bounds: { ...defaultWindowSize }, isMaximized: false };
  const home = workAreas.find((area) => {
    const shared = overlap(saved, area);
    return shared.width >= 100 && shared.height >= 50;
  });
  if (!home) {
    return {
      bounds: { width: saved.width, height: saved.height },
      isMaximized: saved.isMaximized,
    };
  }
  const width = Math.max(minimumWindowSize.width, Math.min(saved.width, home.width));
  const height = Math.max(minimumWindowSize.height, Math.min(saved.height, home.height));
  return { bounds: { x: saved.x, y: saved.y, width, height }, isMaximized: saved.isMaximized };
}
