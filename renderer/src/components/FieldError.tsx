import { useTranslation } from 'react-i18next';
import { messageKeyToI18n } from '../lib/message-key';

interface FieldErrorProps {
  id: string;
  code: string | undefined;
}

/** A field's validation message, translated, announced with the field through aria-describedby. */
export function FieldError({ id, code }: FieldErrorProps) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {t(messageKeyToI18n(code) as never)}
    </p>
  );
}
