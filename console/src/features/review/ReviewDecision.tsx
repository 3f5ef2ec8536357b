import type { CaseReviewResponse, ReviewItem } from '@core/sync/review-api-schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftLabel } from './draft-label';
import type { reviewsApi } from './reviews-api';

/** The state of one request and, while it is ready, approve or return this version. */
export function Decision({
  request,
  decide,
  onDecided,
  nested = false,
}: {
  request: ReviewItem;
  decide: ReturnType<typeof reviewsApi>['decide'];
  onDecided: () => void;
  /** Inside the section of the work it decides (a memo's interview): a level-3 heading. */
  nested?: boolean;
}) {
  const { t, i18n } = useTranslation('review');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const id = `decision-${request.id}`;
  const act = (decision: 'approve' | 'return') =>
    decide(request.id, {
      decision,
      hash: request.contentHash,
      ...(text.trim() ? { comment: { id: crypto.randomUUID(), body: text } } : {}),
    }).then(
      () => {
        setText('');
        onDecided();
      },
      () => setProblem(t('case.stale')),
    );
  const label =
    request.subject.kind === 'interview'
      ? t('subject.interview')
      : draftLabel(
          t,
          { kind: request.subject.draftKind, reference: request.reference, at: request.readyAt },
          i18n.language,
        );
  const Heading = nested ? 'h3' : 'h2';
  return (
    <section className="panel" aria-label={nested ? t('case.decision') : label}>
      <Heading>{nested ? t('case.decision') : label}</Heading>
      <p>
        <span className={`tag review-${request.status}`}>{t(`status.${request.status}`)}</span>
      </p>
      {request.status === 'ready' ? (
        <>
          <div className="field">
            <label htmlFor={id}>{t('case.decisionComment')}</label>
            <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void act('approve')}>
              {t('case.approve')}
            </button>{' '}
            <button type="button" onClick={() => void act('return')}>
              {t('case.return')}
            </button>
          </div>
        </>
      ) : null}
      <p role="alert">{problem}</p>
    </section>
  );
}

export function ExportList({
  exports,
  reference,
}: {
  exports: CaseReviewResponse['exports'];
  reference: string;
}) {
  const { t, i18n } = useTranslation('review');
  return (
    <section aria-labelledby="review-exports">
      <h2 id="review-exports">{t('case.exports')}</h2>
      {exports.length === 0 ? (
        <p>{t('case.noExports')}</p>
      ) : (
        <ul>
          {exports.map((e) => (
            <li key={e.id}>
              {draftLabel(t, { kind: e.draftKind, reference, at: e.exportedAt }, i18n.language)} ·{' '}
              <code>{e.fileName}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
