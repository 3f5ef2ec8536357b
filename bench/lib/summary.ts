/**
 * Result rows of every benchmark: printed as a table by each benchmark and, when run through
 * `npm run bench` (bench/run.mjs), appended as JSON lines to BENCH_SUMMARY_FILE for the final
 * summary table.
 */
import { appendFileSync } from 'node:fs';

export interface SummaryRow {
  benchmark: string;
  metric: string;
  /** The measured figure, formatted with its unit (e.g. "12.3 ms"). */
  value: string;
  /** The baseline run beside it, if any. */
  baseline?: string;
  ratio?: string;
  target: string;
  /** null: recorded, no target. */
  met: boolean | null;
}

export function ms(value: number, digits = 1): string {
  return `${value.toFixed(digits)} ms`;
}

export function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(2)} s`;
}

export function printTable(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (cell ?? '').padEnd(widths[i]!)).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function metLabel(met: boolean | null): string {
  return met === null ? '—' : met ? 'met' : 'NOT MET';
}

export function reportSummary(rows: readonly SummaryRow[]): void {
  console.log('');
  printTable(
    ['benchmark', 'metric', 'value', 'baseline', 'ratio', 'target', 'result'],
    rows.map((r) => [
      r.benchmark,
      r.metric,
      r.value,
      r.baseline ?? '',
      r.ratio ?? '',
      r.target,
      metLabel(r.met),
    ]),
  );
  const file = process.env['BENCH_SUMMARY_FILE'];
  if (file) appendFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** `--runs N` (default `fallback`): benchmarks repeat and report medians. */
export function runsArg(fallback: number): number {
  const index = process.argv.indexOf('--runs');
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number(process.env['BENCH_RUNS']);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
