import { app } from 'electron';
import { runtimeAssetPath, type RuntimeAsset } from './asset-paths';

/**
 * The path of a runtime asset in this process, or undefined where it cannot be known: an icon is
 * never a reason for a window or a reminder not to open.
 */
export function assetPath(asset: RuntimeAsset): string | undefined {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const appPath = typeof app.getAppPath === 'function' ? app.getAppPath() : undefined;
  if (app.isPackaged ? !resourcesPath : !appPath) return undefined;
  return runtimeAssetPath(asset, {
    isPackaged: app.isPackaged,
    resourcesPath: resourcesPath ?? '',
    appPath: appPath ?? '',
  });
}

/** macOS shows the bundle's icon for windows and notifications; elsewhere the app sets one. */
export function platformIcon(asset: RuntimeAsset): string | undefined {
  return process.platform === 'darwin' ? undefined : assetPath(asset);
}
