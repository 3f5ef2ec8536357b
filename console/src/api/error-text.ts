import type { TFunction } from 'i18next';
import type { i18n } from 'i18next';
import { isApiError } from './api-error';

/**
 * A refusal in the reader's language: the server's own message key when the console has a text
 * for it (`server.<key>`), otherwise the error code's general text. Never the server's raw words.
 */
export function errorText(t: TFunction, i18nInstance: i18n, error: unknown): string {
  if (!isApiError(error)) return t('errors.internal');
  const key = `server.${error.shape.message}`;
  if (error.shape.message && i18nInstance.exists(key, { ns: 'console' })) return t(key as never);
  return t(`errors.${error.code}` as never);
}

/** Field-level problems from a 400: `{ email: 'validation.email.format' }` (body paths only). */
export function fieldIssues(error: unknown): Record<string, string> {
  if (!isApiError(error) || error.code !== 'validation_failed') return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.replace(/^(body|querystring|params)\.?/, '').split('.')[0] ?? '';
    out[field] ??= issue.code;
  }
  return out;
}
