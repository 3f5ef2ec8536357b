import type { Defense } from '@core/catalog';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseContext } from '../case-file/CaseLayout';
import { AddDefenseForm } from './AddDefenseForm';
import { AskAboutList } from './AskAboutList';
import { CitizenshipPanel } from './CitizenshipPanel';
import { ConflictList } from './ConflictList';
import { addDefense, dismissDefense, restoreDefense } from './defense-actions';
import { defenseEntries, type DefenseEntry } from './defense-entries';
import { DefenseCard } from './DefenseCard';
import { DismissedList } from './DismissedList';
import { useLocalizedText } from './localized';
import { NotMetList } from './NotMetList';
import { ScreeningBanner } from './ScreeningBanner';
import { ScreeningWarnings } from './ScreeningWarnings';
import { useCaseScreening } from './useCaseScreening';
import { useCaseChecklists } from './useChecklists';

/** The Defenses tab: screening results for the attorney to confirm, and the case's defenses. */
export function DefensesPage() {
  const { t } = useTranslation(['defenses', 'common']);
  const localized = useLocalizedText();
  const { caseFile, readOnly } = useCaseContext();
  const result = useCaseScreening(caseFile);
  const checklists = useCaseChecklists(caseFile.id);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  // The defense chosen to add: held here, not in the form, which a read-only flip takes away.
  const [choice, setChoice] = useState('');
  const entries = useMemo(
    () => (result && checklists ? defenseEntries(result, checklists) : null),
    [checklists, result],
  );

  const act = async (action: () => Promise<void>, done: string): Promise<boolean> => {
    try {
      await action();
      setMessage({ text: done, failed: false });
      return true;
    } catch {
      setMessage({ text: t('status.failed'), failed: true });
      return false;
    }
  };
  const onDismiss = (entry: DefenseEntry, reason: string) =>
    act(
      () => dismissDefense(caseFile.id, entry.defense.id, entry.origin, reason),
      t('status.dismissed', { name: localized(entry.defense.name) }),
    );
  const onRestore = (entry: DefenseEntry) =>
    act(
      () => restoreDefense(caseFile.id, entry.defense.id, entry.origin),
      t('status.restored', { name: localized(entry.defense.name) }),
    );
  const onAdd = async (defense: Defense) => {
    const added = await act(
      () => addDefense(caseFile.id, defense.id),
      t('status.added', { name: localized(defense.name) }),
    );
    // Cleared only if it is still what was added: a defense chosen during the save stays chosen.
    if (added) setChoice((current) => (current === defense.id ? '' : current));
    return added;
  };

  if (!result || !entries) return <p role="status">{t('common:status.loading')}</p>;
  return (
    <div className="page defenses-page">
      <ScreeningBanner result={result} />
      <p role="status" className={message?.failed ? 'field-error' : 'action-status'}>
        {message?.text ?? ''}
      </p>
      <CitizenshipPanel check={result.citizenshipFirst} />
      <ScreeningWarnings warnings={result.warnings} />
      <section aria-labelledby="candidates-title" className="panel">
        <h2 id="candidates-title">{t('candidates.title')}</h2>
        {entries.active.length === 0 ? (
          <p>{t('candidates.none')}</p>
        ) : (
          <div className="defense-cards">
            {entries.active.map((entry) => (
              <DefenseCard
                key={entry.defense.id}
                entry={entry}
                warnings={result.warnings}
                readOnly={readOnly}
                onDismiss={onDismiss}
              />
            ))}
          </div>
        )}
      </section>
      <AskAboutList items={result.askAbout} />
      <NotMetList items={result.notMet} />
      <ConflictList conflicts={result.conflicts} />
      {readOnly ? null : (
        <AddDefenseForm
          addable={entries.addable}
          choice={choice}
          onChoose={setChoice}
          onAdd={onAdd}
        />
      )}
      <DismissedList entries={entries.dismissed} readOnly={readOnly} onRestore={onRestore} />
    </div>
  );
}
