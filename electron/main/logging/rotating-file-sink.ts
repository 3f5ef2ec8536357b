import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RotatingFileSinkOptions {
  readonly directory: string;
  readonly fileName?: string;
  readonly maxBytes?: number;
  /** Rotated files kept besides the current one: main.1.log … main.N.log. */
  readonly maxFiles?: number;
}

/**
 * Appends lines to `<directory>/main.log`, rotating by size. Writes are synchronous: the main process
 * logs a few lines an hour, and a line written just before a crash is the one worth having.
 */
export function createRotatingFileSink(options: RotatingFileSinkOptions): (line: string) => void {
  const fileName = options.fileName ?? 'main.log';
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxFiles = options.maxFiles ?? 3;
  const base = fileName.replace(/\.log$/, '');
  const pathOf = (index: number) =>
    join(options.directory, index === 0 ? fileName : `${base}.${index}.log`);
  mkdirSync(options.directory, { recursive: true, mode: 0o700 });
  let size = existsSync(pathOf(0)) ? statSync(pathOf(0)).size : 0;

  const rotate = () => {
    rmSync(pathOf(maxFiles), { force: true });
    for (let index = maxFiles - 1; index >= 0; index -= 1) {
      if (existsSync(pathOf(index))) renameSync(pathOf(index), pathOf(index + 1));
    }
    size = 0;
  };

  return (line: string) => {
    const data = `${line}\n`;
    const bytes = Buffer.byteLength(data);
    if (size > 0 && size + bytes > maxBytes) rotate();
    appendFileSync(pathOf(0), data, { mode: 0o600 });
    size += bytes;
  };
}
