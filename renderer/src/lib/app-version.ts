declare const __APP_VERSION__: string;

/** The app's version from package.json, inlined at build time. */
export const appVersion: string =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
