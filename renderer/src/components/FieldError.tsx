import { splitMessage } from '@core/domain/validation-keys';
import { useTranslation } from 'react-i18next';
import { messageKeyToI18n } from '../lib/message-key';

interface FieldErrorProps {
  id: string;
  code: string | undefined;
}

/** A field's validation message, translated, announced with the field through aria-describedby. */
export function FieldError({ id, code }: FieldErrorProps) {
  const { t, i18n } = useTranslation();
  if (!code) return null;
  const { key, values } = splitMessage(code);
  const stated = Object.entries(values);
  // A message that carries its limits reads them out ("at most 20,000 characters"), in the
  // `_limit` variant of the key.
  const options = stated.length
    ? {
        context: 'limit',
        ...Object.fromEntries(stated.map(([name, n]) => [name, n.toLocaleString(i18n.language)])),
      }
    : {};
  return (
    <p id={id} className="field-error" role="alert">
      {t(messageKeyToI18n(key) as never, options)}
    </p>
  );
}
