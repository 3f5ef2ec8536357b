import { join } from 'node:path';

export interface AssetRoots {
  readonly isPackaged: boolean;
  /** `process.resourcesPath`: `resources/` beside `app.asar` in a packaged app. */
  readonly resourcesPath: string;
  /** `app.getAppPath()`: the project folder when run unpackaged. */
  readonly appPath: string;
}

export type RuntimeAsset = 'icons/window.png' | 'icons/notification.png';

/** Where a runtime asset (top-level `assets/`) is: beside app.asar when packaged. */
export function runtimeAssetPath(asset: RuntimeAsset, roots: AssetRoots): string {
  return roots.isPackaged
    ? join(roots.resourcesPath, 'assets', asset)
    : join(roots.appPath, 'assets', asset);
}
