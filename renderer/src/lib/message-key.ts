/**
 * Validation messages from core/ are keys such as `validation.aNumber.format`; in i18next the
 * first segment is the namespace (`validation:aNumber.format`).
 */
export function messageKeyToI18n(code: string): string {
  const dot = code.indexOf('.');
  if (dot <= 0 || code.includes(':')) return code;
  return `${code.slice(0, dot)}:${code.slice(dot + 1)}`;
}
