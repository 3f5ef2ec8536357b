import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that opens a one-field form; sends the text, then closes. */
export function CommentForm({
  label,
  onSend,
}: {
  label: string;
  onSend: (body: string) => Promise<void>;
}) {
  const { t } = useTranslation('review');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const id = useId();
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        onSend(text).then(
          () => {
            setText('');
            setOpen(false);
          },
          () => setProblem(t('case.sendFailed')),
        );
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('case.send')}
        </button>{' '}
        <button type="button" onClick={() => setOpen(false)}>
          {t('case.cancel')}
        </button>
      </div>
      <p role="alert">{problem}</p>
    </form>
  );
}
