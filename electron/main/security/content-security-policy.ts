/** Only http(s) origins, exactly as `new URL(x).origin` prints them, may go into connect-src. */
export function isConnectableOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * The app's CSP, sent as a header by the `app://` handler (a meta tag cannot set frame-ancestors).
 * `'wasm-unsafe-eval'` lets Argon2id run as WebAssembly; `connect-src 'self'` lets the renderer fetch
 * its own bundled files; the sync server's origin is the only remote destination.
 */
export function buildContentSecurityPolicy(connectOrigins: readonly string[]): string {
  for (const origin of connectOrigins) {
    if (!isConnectableOrigin(origin)) throw new Error('invalid connect-src origin');
  }
  const connectSources = ["'self'", ...new Set(connectOrigins)].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connectSources}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
