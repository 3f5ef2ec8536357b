import type { Defense } from '@core/catalog';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from './localized';

interface AddDefenseFormProps {
  addable: readonly Defense[];
  onAdd: (defense: Defense) => Promise<boolean>;
}

/** The attorney can put any catalog defense on the case, raised by screening or not. */
export function AddDefenseForm({ addable, onAdd }: AddDefenseFormProps) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const id = useId();
  const [choice, setChoice] = useState('');
  const sorted = [...addable].sort((a, b) => localized(a.name).localeCompare(localized(b.name)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const defense = addable.find((d) => d.id === choice);
    if (defense && (await onAdd(defense))) setChoice('');
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel add-defense">
      <h2 id={`${id}-title`}>{t('add.title')}</h2>
      <form className="inline-add" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-choice`}>{t('add.label')}</label>
          <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('add.choose')}</option>
            {sorted.map((defense) => (
              <option key={defense.id} value={defense.id}>
                {localized(defense.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={choice === ''}>
          {t('add.button')}
        </button>
      </form>
    </section>
  );
}
