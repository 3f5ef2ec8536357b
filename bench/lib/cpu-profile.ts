/**
 * CPU profiles for "where does the time go": the page's (Chrome DevTools Protocol) and this Node
 * process's (node:inspector, which runs the bench server). Saved as .cpuprofile (open in Chrome
 * DevTools) and summarised as self time per function. Build the bundle with BENCH_MINIFY=0 to
 * keep the page's function names.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { printTable } from './summary';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Profiler {
  stop(): Promise<CpuProfile>;
}

export async function profilePage(page: Page): Promise<Profiler> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      return profile as unknown as CpuProfile;
    },
  };
}

export async function profileThisProcess(): Promise<Profiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      return profile as unknown as CpuProfile;
    },
  };
}

function shortUrl(url: string): string {
  const path = url.replace(/^.*\/(node_modules|work\/main)\//, '');
  return path.length > 60 ? `…${path.slice(-59)}` : path;
}

/** Self time per function (ms), largest first; idle and program time reported apart. */
export function selfTimes(profile: CpuProfile): { label: string; ms: number }[] {
  const timeById = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    timeById.set(id, (timeById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const totals = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const label = url
      ? `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`
      : functionName || '(anonymous)';
    totals.set(label, (totals.get(label) ?? 0) + (timeById.get(node.id) ?? 0) / 1000);
  }
  return [...totals].map(([label, ms]) => ({ label, ms })).sort((a, b) => b.ms - a.ms);
}

/** Saves `profile` as DIR/NAME.cpuprofile and prints its 25 functions with the most self time. */
export function reportProfile(
  dir: string,
  name: string,
  profile: CpuProfile,
  heading: string,
): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`\n${heading} (${file}), self time:`);
  printTable(
    ['function', 'self'],
    selfTimes(profile)
      .slice(0, 25)
      .map((f) => [f.label, `${f.ms.toFixed(0)} ms`]),
  );
}
