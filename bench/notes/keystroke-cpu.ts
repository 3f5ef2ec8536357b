/**
 * CPU time per keystroke from a trace of the keystroke benchmark: for each key (between the
 * page's `key:<editor>:s` and `key:<editor>:e` marks, from the key going in to the frame after it
 * painted), the thread time of the renderer's tasks in that window: on its main thread (input,
 * script, style, layout, paint) and on all its threads (with the compositor and raster). Thread
 * time leaves out the waits for a CPU that make wall-clock figures swing with the machine's load.
 */
import type { TraceEvent } from '../lib/trace';

export const traceCategories = [
  '__metadata',
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
];

/** Main-thread phases reported apart (thread time of the trace events of these names). */
export const phases = {
  script: ['FunctionCall', 'EventDispatch', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'PaintImage'],
} as const;
export type Phase = keyof typeof phases;

export interface KeyCpu {
  main: number[];
  renderer: number[];
  /** Per phase, per key (nested events of one phase are counted once, by the outermost). */
  phase: Record<Phase, number[]>;
}

/** Keeps the outermost task of each nested group (a thread's tasks sorted by start). */
function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of [...tasks].sort((a, b) => a.ts - b.ts)) {
    if (task.ts < end) continue;
    kept.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return kept;
}

export function keyCpu(events: TraceEvent[]): Record<string, KeyCpu> {
  const marks = events.filter(
    (e) => e.cat.includes('blink.user_timing') && e.name.startsWith('key:'),
  );
  const pid = marks[0]?.pid;
  if (pid === undefined) return {};
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.pid === pid &&
      e.name === 'thread_name' &&
      e.args?.['name'] === 'CrRendererMain',
  )?.tid;
  const byThread = new Map<number, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || !e.cat.includes('toplevel') || e.tdur === undefined)
      continue;
    const list = byThread.get(e.tid);
    if (list) list.push(e);
    else byThread.set(e.tid, [e]);
  }
  const tasks = [...byThread.entries()].flatMap(([tid, list]) =>
    outermost(list).map((task) => ({ task, isMain: tid === main })),
  );
  /** Thread time of the tasks in [start, end], each counted for the share of it inside. */
  const cpu = (start: number, end: number, mainOnly: boolean) => {
    let sum = 0;
    for (const { task, isMain } of tasks) {
      if (mainOnly && !isMain) continue;
      const dur = task.dur ?? 0;
      const overlap = Math.min(end, task.ts + dur) - Math.max(start, task.ts);
      if (overlap <= 0) continue;
      sum += (task.tdur ?? 0) * (dur > 0 ? overlap / dur : 1);
    }
    return sum / 1000;
  };
  const phaseEvents = Object.fromEntries(
    Object.entries(phases).map(([phase, names]) => [
      phase,
      outermost(
        events.filter(
          (e) =>
            e.pid === pid &&
            e.tid === main &&
            e.ph === 'X' &&
            e.tdur !== undefined &&
            (names as readonly string[]).includes(e.name),
        ),
      ),
    ]),
  ) as Record<Phase, TraceEvent[]>;
  const inPhase = (phase: Phase, start: number, end: number) =>
    phaseEvents[phase]
      .filter((e) => e.ts >= start && e.ts < end)
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const open = new Map<string, number>();
  const out: Record<string, KeyCpu> = {};
  for (const mark of [...marks].sort((a, b) => a.ts - b.ts)) {
    const [, editor, edge] = mark.name.split(':');
    if (!editor) continue;
    if (edge === 's') open.set(editor, mark.ts);
    const start = open.get(editor);
    if (edge !== 'e' || start === undefined) continue;
    open.delete(editor);
    const slot = (out[editor] ??= {
      main: [],
      renderer: [],
      phase: { script: [], style: [], layout: [], paint: [] },
    });
    slot.main.push(cpu(start, mark.ts, true));
    slot.renderer.push(cpu(start, mark.ts, false));
    for (const phase of Object.keys(phases) as Phase[])
      slot.phase[phase].push(inPhase(phase, start, mark.ts));
  }
  return out;
}
