import type { Defense } from '@core/catalog';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from './localized';

interface AddDefenseFormProps {
  addable: readonly Defense[];
  /**
   * The defense chosen, held by the page: this form is taken away and drawn again when the case
   * turns read-only and back (a sync), and the choice must outlive it.
   */
  choice: string;
  onChoose: (defenseId: string) => void;
  onAdd: (defense: Defense) => Promise<boolean>;
}

/** The attorney can put any catalog defense on the case, raised by screening or not. */
export function AddDefenseForm({ addable, choice, onChoose, onAdd }: AddDefenseFormProps) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const id = useId();
  const sorted = [...addable].sort((a, b) => localized(a.name).localeCompare(localized(b.name)));
  // A choice that is on the case by now (a sync brought it, screening raised it) is not offered.
  const chosen = addable.find((d) => d.id === choice);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) void onAdd(chosen);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel add-defense">
      <h2 id={`${id}-title`}>{t('add.title')}</h2>
      <form className="inline-add" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-choice`}>{t('add.label')}</label>
          <select
            id={`${id}-choice`}
            value={chosen?.id ?? ''}
            onChange={(e) => onChoose(e.target.value)}
          >
            <option value="">{t('add.choose')}</option>
            {sorted.map((defense) => (
              <option key={defense.id} value={defense.id}>
                {localized(defense.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!chosen}>
          {t('add.button')}
        </button>
      </form>
    </section>
  );
}
