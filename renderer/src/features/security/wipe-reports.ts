import { WipeReportSchema, type WipeReport } from '@core/sync/review-schemas';
import { z } from 'zod';

// Outside the encrypted database on purpose: the database is what gets erased. Holds only an id,
// a reason, a count and a time.
const key = 'amparo.pendingWipeReports';

export function pendingWipeReports(): WipeReport[] {
  try {
    const parsed = z
      .array(WipeReportSchema)
      .safeParse(JSON.parse(globalThis.localStorage?.getItem(key) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function queueWipeReport(report: WipeReport): void {
  globalThis.localStorage?.setItem(
    key,
    JSON.stringify([...pendingWipeReports(), report].slice(-20)),
  );
}

export function clearWipeReports(): void {
  globalThis.localStorage?.removeItem(key);
}

export const wipeReportStore = { read: pendingWipeReports, clear: clearWipeReports };
