import type { ToolCommand } from './node-tool.mjs';

export interface TestStep extends ToolCommand {
  label: string;
}
export interface ReportingStep extends TestStep {
  report: string;
}
export function testSteps(
  root: string,
  resultsDir: string,
): {
  typecheck: TestStep;
  lint: TestStep;
  format: TestStep;
  vitest: ReportingStep;
  build: TestStep;
  buildConsole: TestStep;
  playwright: ReportingStep;
};
