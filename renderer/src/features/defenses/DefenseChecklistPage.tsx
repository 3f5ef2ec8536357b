import { getDefense, type Defense } from '@core/catalog';
import type { ScreeningResult } from '@core/screening';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime, todayInChicago } from '../../lib/format';
import { useCaseContext } from '../case-file/CaseLayout';
import { ElementsSection, EvidenceSection } from './ChecklistItems';
import { SaveStatus } from '../../components/SaveStatus';
import { restoreDefense } from './defense-actions';
import { DefenseDeadlines } from './DefenseDeadlines';
import { DefenseNotices } from './DefenseNotices';
import { BarsSection, CitationsAndChanges, FormsSection } from './DefenseLawSections';
import { ConfirmTag, UnverifiedTag, VolatileBanner } from './LawTags';
import { useLocalizedText } from './localized';
import { RuleReasons } from './RuleReasons';
import { ScreeningBanner } from './ScreeningBanner';
import { useCaseScreening } from './useCaseScreening';
import { useChecklistEditor } from './useChecklistEditor';
import { useStoredChecklist, type StoredChecklist } from './useChecklists';

/** One defense's checklist for the case: elements, bars, evidence, forms and fees, deadlines, law. */
export function DefenseChecklistPage() {
  const { t } = useTranslation(['defenses', 'common']);
  const { defenseId = '' } = useParams();
  const { caseFile } = useCaseContext();
  const defense = getDefense(defenseId);
  const stored = useStoredChecklist(caseFile.id, defenseId);
  const result = useCaseScreening(caseFile);
  if (!defense) {
    return (
      <div className="page">
        <p role="alert">{t('checklist.notFound')}</p>
        <Link to=".." relative="path">
          {t('checklist.back')}
        </Link>
      </div>
    );
  }
  if (!stored || !result) return <p role="status">{t('common:status.loading')}</p>;
  return <ChecklistView defense={defense} stored={stored} result={result} />;
}

interface ChecklistViewProps {
  defense: Defense;
  stored: StoredChecklist;
  result: ScreeningResult;
}

function ChecklistView({ defense, stored, result }: ChecklistViewProps) {
  const { t, i18n } = useTranslation('defenses');
  const localized = useLocalizedText();
  const { caseFile, readOnly } = useCaseContext();
  const defenseId = defense.id;
  const rules = result.candidates.filter((c) => c.defenseIds.includes(defenseId));
  const origin = stored.state?.origin ?? (rules.length > 0 ? 'screening' : 'manual');
  const editor = useChecklistEditor({
    caseId: caseFile.id,
    defenseId,
    origin,
    stored,
    readOnly,
  });
  const [restoreFailed, setRestoreFailed] = useState(false);
  const today = todayInChicago();
  const name = localized(defense.name);
  const dismissed = stored.state?.dismissed;

  return (
    <div className="page checklist-page">
      <p>
        <Link to=".." relative="path">
          {t('checklist.back')}
        </Link>
      </p>
      <h2>
        {name} <ConfirmTag /> <UnverifiedTag verified={defense.verified} />
      </h2>
      <ScreeningBanner result={result} />
      <VolatileBanner volatility={defense.volatility} />
      {dismissed ? (
        <div className="banner info" role="note">
          <p>
            {t('checklist.dismissed', {
              at: formatDateTime(dismissed.at, i18n.language),
              reason: dismissed.reason,
            })}
          </p>
          {readOnly ? null : (
            <button
              type="button"
              onClick={() =>
                void restoreDefense(caseFile.id, defenseId, origin).then(
                  () => setRestoreFailed(false),
                  () => setRestoreFailed(true),
                )
              }
            >
              {t('dismissed.restore', { name })}
            </button>
          )}
          {restoreFailed ? <p role="alert">{t('status.failed')}</p> : null}
        </div>
      ) : null}
      <DefenseNotices defenseId={defenseId} notMet={result.notMet} warnings={result.warnings} />
      <p>{localized(defense.summary)}</p>
      {rules.length > 0 ? (
        <details className="panel">
          <summary>{t('checklist.why', { count: rules.length })}</summary>
          {rules.map((rule) => (
            <RuleReasons key={rule.ruleId} rule={rule} />
          ))}
        </details>
      ) : null}
      <div className="checklist-save">
        <SaveStatus
          state={editor.saveState}
          savedAt={editor.savedAt}
          onRetry={() => void editor.flush()}
          error="onScreen"
        />
      </div>
      <ElementsSection defense={defense} view={editor.view} editor={editor} readOnly={readOnly} />
      <BarsSection defense={defense} />
      <EvidenceSection defense={defense} view={editor.view} editor={editor} readOnly={readOnly} />
      <FormsSection defense={defense} today={today} />
      <DefenseDeadlines defense={defense} results={result.deadlines.results} today={today} />
      <CitationsAndChanges defense={defense} />
    </div>
  );
}
