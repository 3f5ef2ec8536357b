import { getDefense } from '@core/catalog';
import { tagEvidence } from '@core/documents/evidence-links';
import type { ChecklistState } from '@core/domain/case-records';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeChecklist } from '../defenses/checklist-store';
import { useLocalizedText } from '../defenses/localized';

interface Props {
  caseId: string;
  documentId: string;
  documentName: string;
  /** The case's open checklists (dismissed ones excluded). */
  checklists: readonly ChecklistState[];
  readOnly: boolean;
}

/** Tags one document as evidence items of the case's defense checklists. */
export function EvidenceTags({ caseId, documentId, documentName, checklists, readOnly }: Props) {
  const { t } = useTranslation('attachments');
  const localized = useLocalizedText();
  const [failed, setFailed] = useState(false);
  const tags = checklists.flatMap((checklist) => {
    const defense = getDefense(checklist.defenseId);
    return (defense?.evidence ?? [])
      .filter((item) => checklist.evidence[item.id]?.documentIds?.includes(documentId))
      .map((item) => localized(item.text));
  });
  const toggle = async (checklist: ChecklistState, itemId: string, tagged: boolean) => {
    setFailed(false);
    try {
      await writeChecklist(caseId, checklist.defenseId, checklist.origin, (state) =>
        tagEvidence(state, itemId, documentId, tagged),
      );
    } catch {
      setFailed(true);
    }
  };
  return (
    <details className="evidence-tags">
      <summary>
        {tags.length === 0
          ? t('evidence.none')
          : t('evidence.taggedAs', { items: tags.join('; '), count: tags.length })}
      </summary>
      {checklists.length === 0 ? <p>{t('evidence.noDefenses')}</p> : null}
      {checklists.map((checklist) => {
        const defense = getDefense(checklist.defenseId);
        if (!defense) return null;
        return (
          <fieldset key={checklist.id} disabled={readOnly}>
            <legend>
              {t('evidence.forDefense', { defense: localized(defense.name), name: documentName })}
            </legend>
            {defense.evidence.map((item) => (
              <label key={item.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={checklist.evidence[item.id]?.documentIds?.includes(documentId) ?? false}
                  onChange={(e) => void toggle(checklist, item.id, e.target.checked)}
                />
                {localized(item.text)}
              </label>
            ))}
          </fieldset>
        );
      })}
      {failed ? (
        <p role="alert" className="field-error">
          {t('evidence.failed')}
        </p>
      ) : null}
    </details>
  );
}
