/**
 * Loads a server module even where the `@core/*` alias is not configured (plain `tsx` from the
 * repository root, whose tsconfig has no paths): the first attempt is a normal import; if that
 * fails on an `@core/` specifier, the module is loaded again through tsx with server/tsconfig.json.
 * Imports nothing from core itself.
 */
import { fileURLToPath } from 'node:url';

export async function loadWithCorePaths<T>(
  direct: () => Promise<T>,
  specifier: string,
  parentURL: string,
): Promise<T> {
  try {
    return await direct();
  } catch (error) {
    const unresolvedAlias =
      (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' &&
      String((error as Error).message).includes('@core/');
    if (!unresolvedAlias) throw error;
    const { tsImport } = await import('tsx/esm/api');
    const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
    return (await tsImport(specifier, { parentURL, tsconfig })) as T;
  }
}
