export interface FailedTest {
  where: string;
  title: string;
  why: string;
}
export function vitestFailures(report: unknown, root?: string): FailedTest[];
export function playwrightFailures(report: unknown): FailedTest[];
export function failureLines(failures: FailedTest[], max?: number): string[];
