/** Small statistics for benchmark samples (milliseconds). Pure: runs in Node and in the page. */

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function distribution(samples: readonly number[]): Distribution {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** Per-field median of several runs' results (numbers only; other fields from the first run). */
export function medianOfRuns<T extends object>(runs: readonly T[]): T {
  const first = runs[0]!;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(first)) {
    if (typeof value === 'number')
      out[key] = median(runs.map((run) => (run as Record<string, number>)[key]!));
    else if (value && typeof value === 'object' && !Array.isArray(value))
      out[key] = medianOfRuns(runs.map((run) => (run as Record<string, object>)[key]!));
    else out[key] = value;
  }
  return out as T;
}
