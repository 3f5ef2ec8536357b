import { closingOf } from '@core/cases/case-outcome';
import { formatANumber } from '@core/domain/a-number';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate, useOutletContext, useParams } from 'react-router';
import { useAttachmentDrop } from '../attachments/useAttachmentDrop';
import { clientName } from '../cases/case-summary';
import { ClosedBanner } from '../cases/ClosedCase';
import { CaseHeader } from './CaseHeader';
import { CaseReadOnlyContext } from './case-read-only';
import { useCaseDocument, type CaseDocument } from './useCaseDocument';
import { genderContext } from './gender-context';

export interface CaseContext extends CaseDocument {
  readOnly: boolean;
}

export function useCaseContext(): CaseContext {
  return useOutletContext<CaseContext>();
}

/** Frame of one case: who, the protection banners that must never be missed, and its areas. */
export function CaseLayout() {
  const { t } = useTranslation(['cases', 'common', 'attachments', 'drafts', 'logs']);
  const { caseId } = useParams();
  const found = useCaseDocument(caseId);
  const navigate = useNavigate();
  const { addFiles } = useAttachmentDrop(caseId ?? '');
  if (found === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (found === null) return <p role="alert">{t('case.notFound')}</p>;
  const { caseFile } = found;
  // A case MCJ closed is read-only here: read, print and export, never change.
  const readOnly = closingOf(caseFile) !== null;
  const context: CaseContext = { ...found, readOnly };
  return (
    <div
      className="case-layout"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        // A document dropped anywhere on a case is attached to it (the app never navigates to it).
        e.preventDefault();
        if (readOnly) return;
        void addFiles([...e.dataTransfer.files]).then(() => navigate('documents'));
      }}
    >
      <header className="case-header">
        <h1>{clientName(caseFile) || t('unnamed')}</h1>
        <p className="muted">
          {t('case.reference', { reference: caseFile.reference })}
          {caseFile.identity.aNumber ? ` · ${formatANumber(caseFile.identity.aNumber)}` : ''}
        </p>
        <ClosedBanner caseFile={caseFile} />
        <CaseHeader caseFile={caseFile} />
        {caseFile.flags.asylumProtected ? (
          <p className="banner danger" role="note">
            {t('case.asylumBanner')}
          </p>
        ) : null}
        {caseFile.flags.vawaProtected1367 ? (
          <p className="banner danger" role="note">
            {t('case.vawaBanner')}
          </p>
        ) : null}
        {caseFile.flags.minor ? (
          <p className="banner warn" role="note">
            {t('case.minorBanner', genderContext(caseFile.identity.gender))}
          </p>
        ) : null}
        <nav aria-label={t('case.tabs')} className="tabs">
          <NavLink to="file">{t('case.file')}</NavLink>
          <NavLink to="interviews">{t('case.interviews')}</NavLink>
          <NavLink to="defenses">{t('case.defenses')}</NavLink>
          <NavLink to="agenda">{t('case.agenda')}</NavLink>
          <NavLink to="custody-log">{t('logs:tab')}</NavLink>
          <NavLink to="time">{t('logs:timeTab')}</NavLink>
          <NavLink to="documents">{t('attachments:tab')}</NavLink>
          <NavLink to="exhibits">{t('attachments:packet.tab')}</NavLink>
          <NavLink to="drafts">{t('drafts:tab')}</NavLink>
          <NavLink to="review">{t('case.review')}</NavLink>
        </nav>
      </header>
      <CaseReadOnlyContext.Provider value={readOnly}>
        <Outlet context={context} />
      </CaseReadOnlyContext.Provider>
    </div>
  );
}
