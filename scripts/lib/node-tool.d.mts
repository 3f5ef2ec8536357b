export interface ToolCommand {
  command: string;
  args: string[];
}
export function nodeToolCommand(
  root: string,
  packageName: string,
  bin?: string,
  args?: readonly string[],
  execPath?: string,
): ToolCommand;
export function tsxScriptCommand(
  script: string,
  args?: readonly string[],
  execPath?: string,
): ToolCommand;
export function shellCommandLine(command: { command: string; args: readonly string[] }): string;
