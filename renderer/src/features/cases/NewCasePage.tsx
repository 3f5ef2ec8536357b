import { emptyCaseFile } from '@core/domain/case-file';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FieldError } from '../../components/FieldError';
import { documentsRepository } from '../../db/documents-repository';
import { newId } from '../../lib/ids';

/** A local reference until MCJ assigns one: `AMP-<year>-<6 random digits>`. */
function localReference(): string {
  const digits = globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000;
  return `AMP-${new Date().getFullYear()}-${String(digits).padStart(6, '0')}`;
}

export function NewCasePage() {
  const { t } = useTranslation(['cases', 'caseFile']);
  const navigate = useNavigate();
  const [familyName, setFamilyName] = useState('');
  const [givenNames, setGivenNames] = useState('');
  const [error, setError] = useState<string>();

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!familyName.trim()) {
      setError('validation.required');
      return;
    }
    const file = emptyCaseFile({
      id: newId(),
      reference: localReference(),
      familyName: familyName.trim(),
      givenNames: givenNames.trim(),
    });
    await documentsRepository.create('case', file.id, file);
    void navigate(`/cases/${file.id}/file/identity`);
  };

  return (
    <section className="page" aria-labelledby="new-case-title">
      <h1 id="new-case-title">{t('new.title')}</h1>
      <form className="form-card" onSubmit={(e) => void create(e)} noValidate>
        <p className="intro">{t('new.intro')}</p>
        <div className="field">
          <label htmlFor="new-family-name">{t('caseFile:fields.identity.familyName')} *</label>
          <input
            id="new-family-name"
            value={familyName}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-family-name-error' : undefined}
            onChange={(e) => {
              setFamilyName(e.target.value);
              setError(undefined);
            }}
          />
          <FieldError id="new-family-name-error" code={error} />
        </div>
        <div className="field">
          <label htmlFor="new-given-names">{t('caseFile:fields.identity.givenNames')}</label>
          <input
            id="new-given-names"
            value={givenNames}
            onChange={(e) => setGivenNames(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('new.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
