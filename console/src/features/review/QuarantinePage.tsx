import type { QuarantineItem } from '@core/sync/admin-schemas';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { isJsonObject } from '@core/sync/json-value';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { ApplyQuarantineDialog } from './ApplyQuarantineDialog';
import { reviewApi } from './review-api';
import { ValueView } from './ValueView';

/** The parts of a refused change a supervisor needs to read: fields set, or the note's text. */
function SentContent({ payload }: { payload: JsonValue }) {
  const { t } = useTranslation();
  if (!isJsonObject(payload)) return <ValueView value={payload} />;
  const patch = isJsonObject(payload['patch']) ? payload['patch'] : null;
  const set = patch && isJsonObject(patch['set']) ? (patch['set'] as JsonObject) : null;
  const body = isJsonObject(payload['body']) ? payload['body'] : null;
  return (
    <>
      {set ? (
        <dl className="field-values">
          {Object.entries(set).map(([path, value]) => (
            <div key={path}>
              <dt>
                <code>{path}</code>
              </dt>
              <dd>
                <ValueView value={value} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {body && typeof body['body'] === 'string' ? (
        <blockquote className="note-text">{body['body']}</blockquote>
      ) : null}
      <details>
        <summary>{t('quarantine.everything')}</summary>
        <pre className="value-json">{JSON.stringify(payload, null, 2)}</pre>
      </details>
    </>
  );
}

/**
 * Supervisors: changes the server refused, kept whole, with who sent them, when and why; each is
 * marked reviewed, or applied after review (then it takes effect as its author's change).
 */
export function QuarantinePage() {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const review = useMemo(() => reviewApi(api), [api]);
  const heading = usePageHeading(t('quarantine.title'));
  const items = useResource(() => review.quarantine(), [review]);
  const references = useResource(() => review.references(), [review]);
  const { nameOf } = useDirectory();
  const [showReviewed, setShowReviewed] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<'markedReviewed' | 'applied' | 'appliedWithConflict' | null>(
    null,
  );
  const [applying, setApplying] = useState<QuarantineItem>();
  const locale = i18n.language;

  const shown = (items.data ?? []).filter((item) => showReviewed || !item.reviewedAt);
  const markReviewed = async (id: string) => {
    setFailure(null);
    try {
      await review.markReviewed(id);
      setDone('markedReviewed');
      items.reload();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('quarantine.title')}
      </h1>
      <p className="screen-intro">{t('quarantine.intro')}</p>
      <p className="choice">
        <input
          id="show-reviewed"
          type="checkbox"
          checked={showReviewed}
          onChange={(event) => setShowReviewed(event.target.checked)}
        />
        <label htmlFor="show-reviewed">{t('quarantine.showReviewed')}</label>
      </p>
      {done ? (
        <p className="notice notice-ok" role="status">
          {t(`quarantine.done.${done}`)}
        </p>
      ) : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {items.status === 'loading' ? <Loading /> : null}
      {items.status === 'failed' ? (
        <ErrorNotice error={items.error} onRetry={items.reload} />
      ) : null}
      {items.status === 'ready' && shown.length === 0 ? (
        <p role="status">{t('quarantine.none')}</p>
      ) : null}
      <ul className="review-list">
        {shown.map((item) => {
          const payload = isJsonObject(item.payload) ? item.payload : {};
          const reference = item.caseId ? references.data?.get(item.caseId) : undefined;
          const what = t(`entities.${item.entity ?? 'unknown'}`, {
            defaultValue: t('entities.unknown'),
          });
          return (
            <li key={item.id} className="review-item">
              <article aria-labelledby={`q-${item.id}`}>
                <h2 id={`q-${item.id}`}>
                  {t('quarantine.itemTitle', {
                    what,
                    reference: reference ?? t('quarantine.unknownCase'),
                  })}
                </h2>
                <dl className="facts">
                  <div>
                    <dt>{t('review.who')}</dt>
                    <dd>{nameOf(item.userId)}</dd>
                  </div>
                  <div>
                    <dt>{t('review.when')}</dt>
                    <dd>{formatWhen(item.createdAt, locale, '')}</dd>
                  </div>
                  <div>
                    <dt>{t('quarantine.change')}</dt>
                    <dd>
                      {t(`mutationKinds.${String(payload['kind'] ?? 'unknown')}`, {
                        defaultValue: t('mutationKinds.unknown'),
                      })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('quarantine.why')}</dt>
                    <dd>{t(`reasons.${item.reason}`, { defaultValue: t('reasons.other') })}</dd>
                  </div>
                  {item.reviewedAt ? (
                    <div>
                      <dt>{t('quarantine.reviewed')}</dt>
                      <dd>{formatWhen(item.reviewedAt, locale, '')}</dd>
                    </div>
                  ) : null}
                  {item.appliedAt ? (
                    <div>
                      <dt>{t('quarantine.applied')}</dt>
                      <dd>{formatWhen(item.appliedAt, locale, '')}</dd>
                    </div>
                  ) : null}
                </dl>
                <h3>{t('quarantine.sent')}</h3>
                <SentContent payload={item.payload} />
                {item.reviewedAt ? null : (
                  <div className="button-row">
                    <button
                      type="button"
                      onClick={() => {
                        setFailure(null);
                        setApplying(item);
                      }}
                    >
                      {t('quarantine.apply.open')}
                    </button>
                    <button
                      type="button"
                      className="primary"
                      onClick={() => void markReviewed(item.id)}
                    >
                      {t('quarantine.markReviewed')}
                    </button>
                  </div>
                )}
              </article>
            </li>
          );
        })}
      </ul>
      {applying ? (
        <ApplyQuarantineDialog
          author={nameOf(applying.userId)}
          apply={() => review.apply(applying.id)}
          onApplied={(result) => {
            setApplying(undefined);
            setDone(result.status === 'conflict' ? 'appliedWithConflict' : 'applied');
            items.reload();
          }}
          onCancel={() => setApplying(undefined)}
          onStale={items.reload}
        />
      ) : null}
    </>
  );
}
