export const smokeOutputDir: string;
export const smokeOverrides: readonly string[];
export function smokeBuildArgs(platform: NodeJS.Platform, outputDir: string): string[];
export function packedExecutable(
  outputDir: string,
  platform: NodeJS.Platform,
  arch?: string,
): string;
export function packedAsar(executable: string, platform: NodeJS.Platform): string;
