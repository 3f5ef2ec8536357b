import { splitMessage } from '@core/domain/validation-keys';
import type { TFunction } from 'i18next';
import { messageKeyToI18n } from '../../../renderer/src/lib/message-key';

/** A `core/` validation key (with its limits, `validation.text.tooLong?max=200`) as text. */
export function validationText(t: TFunction, code: string, locale: string): string {
  const { key, values } = splitMessage(code);
  const stated = Object.entries(values);
  const options = stated.length
    ? {
        context: 'limit',
        ...Object.fromEntries(stated.map(([name, n]) => [name, n.toLocaleString(locale)])),
      }
    : {};
  return t(messageKeyToI18n(key) as never, options);
}
