import type { z } from 'zod';
import { useTranslation } from 'react-i18next';

/** Validation messages (i18n keys) by dotted path: `cover.court`, `items.0.translator.name`. */
export type PacketErrors = ReadonlyMap<string, string>;

export const NO_ERRORS: PacketErrors = new Map();

export function packetErrors(error: z.ZodError | undefined): PacketErrors {
  const map = new Map<string, string>();
  for (const issue of error?.issues ?? []) {
    const path = issue.path.join('.');
    if (!map.has(path)) map.set(path, issue.message);
  }
  return map;
}

const errorId = (path: string) => `packet-error-${path.replace(/\./g, '-')}`;

/** Props that tie an input to its error message for screen readers. */
export function invalidProps(errors: PacketErrors, path: string) {
  return errors.has(path)
    ? { 'aria-invalid': true as const, 'aria-describedby': errorId(path) }
    : { 'aria-invalid': false as const };
}

/** `validation.required` → `validation:required`; `exhibits.x` → `attachments:packet.x`. */
function translationKey(message: string): string {
  if (message.startsWith('exhibits.'))
    return `attachments:packet.${message.slice('exhibits.'.length)}`;
  if (message.startsWith('validation.')) return `validation:${message.slice('validation.'.length)}`;
  return 'validation:invalid';
}

export function FieldError({ errors, path }: { errors: PacketErrors; path: string }) {
  const { t } = useTranslation(['validation', 'attachments']);
  const message = errors.get(path);
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(path)}>
      {t(translationKey(message) as never)}
    </p>
  );
}
