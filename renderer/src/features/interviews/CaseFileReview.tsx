import type { InterviewTemplate } from '@core/templates';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { newId } from '../../lib/ids';
import {
  applyOffers,
  openFeeds,
  type CaseFeed,
  type FieldProposal,
  type ManualFeed,
  type RowProposal,
} from './case-feeds';
import { ManualItem } from './CaseFeeds';
import { useLocalized } from './useAnswerText';
import { useCaseValueText } from './useCaseValueText';
import { useCaseWrite } from './useCaseWrite';

type Offer = FieldProposal | RowProposal;

interface CaseFileReviewProps {
  caseId: string;
  template: InterviewTemplate;
  feeds: readonly CaseFeed[];
  /** The case cannot be changed on this computer. */
  disabled: boolean;
}

/** Ticked at first: what fills an empty field or adds a row. A replacement waits for a tick. */
const tickedByDefault = (offer: Offer) => offer.kind === 'row' || offer.status !== 'different';

/**
 * Every answer the interview could put in the case file, in one list: the attorney ticks what
 * goes in and adds it all in one step (one change of the case file, all or nothing).
 */
export function CaseFileReview({ caseId, template, feeds, disabled }: CaseFileReviewProps) {
  const { t } = useTranslation('interviews');
  const localized = useLocalized();
  const text = useCaseValueText();
  const id = useId();
  const write = useCaseWrite(caseId);
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [nothing, setNothing] = useState(false);
  const [added, setAdded] = useState(0);

  const open = openFeeds(feeds);
  const offers = open.filter((f): f is Offer => f.kind !== 'manual');
  const byHand = open.filter((f): f is ManualFeed => f.kind === 'manual');
  const prompts = new Map(
    template.sections.flatMap((s) => s.questions.map((q) => [q.id, localized(q.attorneyPrompt)])),
  );
  const isTicked = (offer: Offer) => ticks[offer.key] ?? tickedByDefault(offer);
  const chosen = offers.filter(isTicked);

  if (open.length === 0)
    return (
      <div className="case-file-review">
        <p className="muted">{t('review.none')}</p>
        {added > 0 ? <p role="status">{t('review.added', { count: added })}</p> : null}
      </div>
    );

  const submit = async () => {
    setNothing(chosen.length === 0);
    const untyped = chosen.filter((o) => o.kind === 'row' && o.typed && !typed[o.key]?.trim());
    setMissing(new Set(untyped.map((o) => o.key)));
    if (chosen.length === 0 || untyped.length > 0) return;
    const ok = await write.run((doc) =>
      applyOffers(
        doc,
        chosen.map((proposal) => ({ proposal, typed: typed[proposal.key] })),
        newId,
      ),
    );
    if (ok) {
      setAdded(chosen.length);
      setTicks({});
      setTyped({});
    }
  };

  const describe = (offer: Offer) => {
    if (offer.kind === 'row') {
      const row = text.row(offer.path.at(-1)!, offer.row);
      return `${text.label(offer.target)}: ${row || t('feeds.newCondition')}`;
    }
    return `${text.label(offer.target)}: ${text.value(offer.path.join('.'), offer.proposed)}`;
  };

  return (
    <div className="case-file-review">
      <p className="muted">{t('review.intro')}</p>
      {offers.length > 0 ? (
        <fieldset className="review-offers" disabled={disabled}>
          <legend className="visually-hidden">{t('review.legend')}</legend>
          <ul className="review-list">
            {offers.map((offer) => {
              const key = `${id}-${offer.key}`;
              const question = prompts.get(offer.questionIds.at(-1)!);
              return (
                <li key={offer.key}>
                  {question ? <p className="review-question">{question}</p> : null}
                  <label>
                    <input
                      type="checkbox"
                      checked={isTicked(offer)}
                      onChange={(e) => setTicks({ ...ticks, [offer.key]: e.target.checked })}
                    />{' '}
                    {describe(offer)}
                  </label>
                  {offer.kind === 'field' && offer.status === 'different' ? (
                    <p className="review-replaces">
                      {t('review.replaces', {
                        current: text.value(offer.path.join('.'), offer.current),
                      })}
                    </p>
                  ) : null}
                  {offer.kind === 'row' && offer.typed ? (
                    <div className="field">
                      <label htmlFor={`${key}-typed`}>
                        {offer.typed === 'name'
                          ? t('feeds.relativeName', { relative: text.row('family', offer.row) })
                          : t('feeds.conditionName')}
                      </label>
                      <input
                        id={`${key}-typed`}
                        value={typed[offer.key] ?? ''}
                        aria-invalid={missing.has(offer.key) || undefined}
                        aria-describedby={missing.has(offer.key) ? `${key}-error` : undefined}
                        onChange={(e) => setTyped({ ...typed, [offer.key]: e.target.value })}
                      />
                      <FieldError
                        id={`${key}-error`}
                        code={missing.has(offer.key) ? 'validation.required' : undefined}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={write.busy}
              onClick={() => void submit()}
            >
              {t('review.add', { count: chosen.length })}
            </button>
          </div>
          {nothing ? (
            <FieldError id={`${id}-nothing`} code="interviews.review.nothingTicked" />
          ) : null}
          <FieldError id={`${id}-problem`} code={write.problem} />
        </fieldset>
      ) : null}
      {added > 0 ? <p role="status">{t('review.added', { count: added })}</p> : null}
      {byHand.length > 0 ? (
        <>
          <h5>{t('review.byHand')}</h5>
          <div className="case-feeds">
            {byHand.map((feed) => (
              <ManualItem key={feed.key} caseId={caseId} feed={feed} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
