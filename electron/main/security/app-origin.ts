/**
 * The app's one origin. IndexedDB is keyed by origin, so changing the scheme or host orphans every
 * attorney's local data: never change these.
 */
export const appScheme = 'app';
export const appHost = 'amparo';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/`;

/**
 * True only for `app://amparo/...` URLs. Node's URL gives `origin === 'null'` for custom schemes, so
 * the origin is rebuilt from protocol and host; userinfo and ports are refused outright.
 */
export function isAppUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === `${appScheme}:` &&
    url.host === appHost &&
    url.username === '' &&
    url.password === '' &&
    `${url.protocol}//${url.host}` === appOrigin
  );
}

/** The renderer's print views (`#/print/…`, hash routing): the only pages main prints to PDF. */
export function isPrintViewUrl(value: unknown): boolean {
  if (!isAppUrl(value)) return false;
  const url = new URL(value as string);
  return url.pathname === '/' && url.search === '' && /^#\/print\/[\w/-]+$/.test(url.hash);
}
