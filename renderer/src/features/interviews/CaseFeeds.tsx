import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInlinePanel } from '../../lib/useInlinePanel';
import { Link } from 'react-router';
import { FieldError } from '../../components/FieldError';
import { newId } from '../../lib/ids';
import {
  applyFieldProposal,
  applyRowProposal,
  type CaseFeed,
  type FieldProposal,
  type ManualFeed,
  type RowProposal,
} from './case-feeds';
import { useCaseValueText } from './useCaseValueText';
import { useCaseWrite } from './useCaseWrite';

interface CaseFeedsProps {
  caseId: string;
  feeds: readonly CaseFeed[];
  /** The case cannot be changed on this computer. */
  disabled: boolean;
}

function FieldFeed({
  caseId,
  feed,
  disabled,
}: {
  caseId: string;
  feed: FieldProposal;
  disabled: boolean;
}) {
  const { t } = useTranslation('interviews');
  const text = useCaseValueText();
  const id = useId();
  const write = useCaseWrite(caseId);
  const confirming = useInlinePanel();
  const field = feed.path.join('.');
  const copy = () =>
    void write.run((doc) => applyFieldProposal(doc, feed)).then(() => confirming.close(false));
  return (
    <div className="feed" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="feed-label">
        {t('feeds.fieldLabel', { field: text.label(feed.target) })}
      </p>
      <dl className="feed-values">
        <dt>{t('feeds.inCaseFile')}</dt>
        <dd>{text.value(field, feed.current)}</dd>
        <dt>{t('feeds.fromAnswer')}</dt>
        <dd>{text.value(field, feed.proposed)}</dd>
      </dl>
      {feed.status === 'same' ? (
        <p className="feed-same">{write.done ? t('feeds.copied') : t('feeds.same')}</p>
      ) : disabled ? null : confirming.isOpen ? (
        <div className="feed-confirm" role="alert" ref={confirming.panelRef}>
          <p>
            {t('feeds.confirmReplace', {
              current: text.value(field, feed.current),
              proposed: text.value(field, feed.proposed),
            })}
          </p>
          <button type="button" className="primary" disabled={write.busy} onClick={copy}>
            {t('feeds.replaceYes')}
          </button>{' '}
          <button type="button" data-autofocus onClick={() => confirming.close()}>
            {t('feeds.replaceNo')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          disabled={write.busy}
          ref={confirming.opener}
          onClick={feed.status === 'different' ? confirming.open : copy}
        >
          {feed.status === 'different'
            ? t('feeds.replace')
            : feed.status === 'merge'
              ? t('feeds.addToList')
              : t('feeds.copy')}
        </button>
      )}
      <FieldError id={`${id}-problem`} code={write.problem} />
    </div>
  );
}

function RowFeed({
  caseId,
  feed,
  disabled,
}: {
  caseId: string;
  feed: RowProposal;
  disabled: boolean;
}) {
  const { t } = useTranslation('interviews');
  const text = useCaseValueText();
  const id = useId();
  const write = useCaseWrite(caseId);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string>();
  const list = feed.path.at(-1)!;
  const summary = text.row(list, feed.row) || t('feeds.newCondition');
  const add = () => {
    if (feed.typed && !typed.trim()) {
      setTypedError('validation.required');
      return;
    }
    void write.run((doc) => applyRowProposal(doc, feed, newId(), typed)).then(() => setTyped(''));
  };
  return (
    <div className="feed" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="feed-label">
        {t('feeds.rowLabel', { list: text.label(feed.target), row: summary })}
      </p>
      <p className="feed-existing">
        {feed.existing.length === 0
          ? t('feeds.listEmpty')
          : t('feeds.listHas', {
              count: feed.existing.length,
              rows: feed.existing
                .slice(0, 5)
                .map((r) => text.row(list, r))
                .join('; '),
            })}
      </p>
      {write.done ? <p className="feed-same">{t('feeds.added')}</p> : null}
      {feed.status === 'same' && !write.done ? (
        <p className="feed-same">{t('feeds.rowSame')}</p>
      ) : null}
      {disabled || (feed.status === 'same' && !feed.typed) ? null : (
        <div className="feed-add">
          {feed.typed ? (
            <div className="field">
              <label htmlFor={`${id}-typed`}>
                {feed.typed === 'name'
                  ? t('feeds.relativeName', { relative: summary })
                  : t('feeds.conditionName')}
              </label>
              <input
                id={`${id}-typed`}
                value={typed}
                aria-invalid={typedError ? true : undefined}
                aria-describedby={typedError ? `${id}-typed-error` : undefined}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setTypedError(undefined);
                }}
              />
              <FieldError id={`${id}-typed-error`} code={typedError} />
            </div>
          ) : null}
          <button type="button" disabled={write.busy} onClick={add}>
            {feed.status === 'same' ? t('feeds.addAnyway') : t('feeds.addRow')}
          </button>
        </div>
      )}
      <FieldError id={`${id}-problem`} code={write.problem} />
    </div>
  );
}

export function ManualItem({ caseId, feed }: { caseId: string; feed: ManualFeed }) {
  const { t } = useTranslation(['interviews', 'caseFile']);
  const text = useCaseValueText();
  const id = useId();
  return (
    <div className="feed manual">
      <p className="feed-label">
        {t(`feeds.manual.${feed.reason}`, { field: text.label(feed.target) })}
      </p>
      {feed.error ? <FieldError id={`${id}-error`} code={feed.error} /> : null}
      <Link to={`/cases/${caseId}/file/${feed.caseSection}`}>
        {t('feeds.openSection', {
          section: t(`caseFile:sections.${feed.caseSection}` as never),
        })}
      </Link>
    </div>
  );
}

/** What this answer could put in the case file: nothing is written until the attorney clicks. */
export function CaseFeeds({ caseId, feeds, disabled }: CaseFeedsProps) {
  if (feeds.length === 0) return null;
  return (
    <div className="case-feeds">
      {feeds.map((feed) =>
        feed.kind === 'field' ? (
          <FieldFeed key={feed.key} caseId={caseId} feed={feed} disabled={disabled} />
        ) : feed.kind === 'row' ? (
          <RowFeed key={feed.key} caseId={caseId} feed={feed} disabled={disabled} />
        ) : (
          <ManualItem key={feed.key} caseId={caseId} feed={feed} />
        ),
      )}
    </div>
  );
}
