import {
  buildDraft,
  draftDefinition,
  isDraftKind,
  protectedCategories,
  unflaggedSensitive,
  type DraftKind,
  type DraftOptions,
  type SensitiveCategory,
} from '@core/drafts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { todayInChicago } from '../../lib/format';
import { useCaseContext } from '../case-file/CaseLayout';
import { ConfidentialityPanel } from './ConfidentialityPanel';
import { assembleDraftInput } from './draft-input';
import { DraftChooser } from './DraftChooser';
import { draftHashOf, savedDraftHash } from './draft-hash';
import { DraftOptionsForm } from './DraftOptionsForm';
import { exportDraft } from './export-draft';
import { ExportConfirm } from './ExportConfirm';
import { ExportLog } from './ExportLog';
import { MissingDataList } from './MissingDataList';
import { useDraftSources } from './useDraftSources';
import { CommentThreads } from '../review/CommentThreads';
import { logExport } from '../review/review-store';
import { NewComment } from '../review/NewComment';
import { ReviewStatusPanel } from '../review/ReviewStatusPanel';
import { useCommentThreads, useDraftExports, useUserId } from '../review/useReview';
import { useFlushRegistry } from '../saving/app-flush-registry';

const NOTHING: ReadonlySet<SensitiveCategory> = new Set();

/** The Drafts tab: choose a draft, see what it lacks and leaves out, then export it as .docx. */
export function DraftsPage() {
  const { t } = useTranslation('drafts');
  const { t: tr } = useTranslation('review');
  const { caseFile } = useCaseContext();
  const sources = useDraftSources(caseFile.id);
  const [params, setParams] = useSearchParams();
  // Local state answers the click at once; the URL (for links and reloads) follows.
  const [kind, setKind] = useState<DraftKind>(() => {
    const requested = params.get('kind');
    return isDraftKind(requested) ? requested : 'interview-memo';
  });
  const [include, setInclude] = useState<ReadonlySet<SensitiveCategory>>(NOTHING);
  const [options, setOptions] = useState<DraftOptions>({});
  // Approval covers one export of one draft, like a choice to include protected information.
  const [approved, setApproved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Cancelling the export question gives focus back to "Generate" (rendered again).
  const generate = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming || !returnFocus.current) return;
    returnFocus.current = false;
    generate.current?.focus();
  }, [confirming]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const log = useDraftExports(caseFile.id);
  const userId = useUserId();
  const threads = useCommentThreads(caseFile.id);
  const today = todayInChicago();

  const input = useMemo(
    () =>
      sources ? assembleDraftInput(caseFile, sources, { today, include, options, approved }) : null,
    [caseFile, sources, today, include, options, approved],
  );
  const result = useMemo(() => (input ? buildDraft(kind, input) : null), [input, kind]);
  // The mark an approval covers: the generated draft and the choices it was made with.
  const hash = useMemo(
    () => (result ? draftHashOf(kind, result.document, { options, include }) : null),
    [include, kind, options, result],
  );
  const registry = useFlushRegistry();
  // Marking covers the records as saved: typing still waiting anywhere (an editor just left)
  // is saved first, and the draft generated again from what is stored.
  const savedHash = useCallback(async () => {
    const { ok } = await registry.flushAll();
    return ok ? savedDraftHash(caseFile.id, kind, { today, include, options, approved }) : null;
  }, [approved, caseFile.id, include, kind, options, registry, today]);
  const subject = useMemo(() => ({ kind: 'draft' as const, draftKind: kind }), [kind]);
  const leftOutByDefault = useMemo(
    () => (input ? buildDraft(kind, { ...input, include: NOTHING }).withheld : []),
    [input, kind],
  );
  const flagged = protectedCategories(caseFile);
  const upcoming = caseFile.hearings
    .filter((h) => h.date >= today)
    .sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
  const unflagged = useMemo(
    () => (sources ? unflaggedSensitive({ caseFile, interviews: sources.interviews }) : []),
    [caseFile, sources],
  );

  if (!sources || !input || !result) return <p role="status">{t('loading')}</p>;
  const definition = draftDefinition(kind);

  const choose = (next: DraftKind) => {
    setKind(next);
    setParams({ kind: next }, { replace: true });
    setInclude(NOTHING);
    setApproved(false);
    setConfirming(false);
    setStatus('');
  };
  const onInclude = (category: SensitiveCategory, on: boolean) => {
    const next = new Set(include);
    if (on) next.add(category);
    else next.delete(category);
    setInclude(next);
  };
  const run = async () => {
    setConfirming(false);
    setBusy(true);
    setStatus(t('generating'));
    const included = [...include].filter((c) => flagged.includes(c));
    const outcome = await exportDraft(kind, input);
    setBusy(false);
    setStatus(t(`outcome.${outcome.outcome}`, { name: outcome.fileName }));
    // A choice to include protected information, or to approve, covers one export only.
    setInclude(NOTHING);
    setApproved(false);
    if ((outcome.outcome === 'saved' || outcome.outcome === 'downloaded') && hash) {
      await logExport({
        caseId: caseFile.id,
        draftKind: kind,
        fileName: outcome.fileName,
        hash,
        exportedBy: userId ?? null,
        outcome: outcome.outcome,
        protectedCase: flagged.length > 0,
        withheldCount: result.withheld.length,
        included,
      });
    }
  };

  return (
    <div className="page drafts-page">
      <h2>{t('title')}</h2>
      <p className="intro">{t('intro')}</p>
      <DraftChooser value={kind} onChange={choose} />
      <section className="draft-panel" aria-labelledby="draft-title">
        <h3 id="draft-title">{t(`kinds.${kind}.title`)}</h3>
        <p>{t(`kinds.${kind}.description`)}</p>
        {definition.citations.length > 0 ? (
          <details>
            <summary>{t('authority')}</summary>
            <ul>
              {definition.citations.map((citation) => (
                <li key={citation}>{citation}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {definition.verified ? null : (
          <p className="banner warn" role="note">
            {t('unverified')}
          </p>
        )}
        <DraftOptionsForm
          keys={definition.options}
          value={options}
          onChange={setOptions}
          hearings={upcoming}
        />
        <MissingDataList missing={result.missing} />
        <ConfidentialityPanel
          flagged={flagged}
          unflagged={unflagged.map((u) => u.category)}
          withheld={leftOutByDefault}
          include={include}
          onInclude={onInclude}
        />
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={approved}
              onChange={(e) => setApproved(e.target.checked)}
            />{' '}
            {t('approve.label')}
          </label>
          <p className="field-hint">{t('approve.hint')}</p>
        </div>
        {confirming ? (
          <ExportConfirm
            included={[...include].filter((c) => flagged.includes(c))}
            onContinue={() => void run()}
            onCancel={() => {
              setConfirming(false);
              returnFocus.current = true;
            }}
          />
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              ref={generate}
              disabled={busy}
              onClick={() => (flagged.length > 0 ? setConfirming(true) : void run())}
            >
              {t('generate')}
            </button>
          </div>
        )}
        <p className="field-hint">{t('privacy')}</p>
        <p role="status">{status}</p>
        <ReviewStatusPanel
          caseId={caseFile.id}
          subject={subject}
          liveHash={hash}
          savedHash={savedHash}
        />
        <CommentThreads
          caseId={caseFile.id}
          threads={(threads ?? []).filter(
            (thread) => thread.anchor.kind === 'draft' && thread.anchor.draftKind === kind,
          )}
        />
        <NewComment
          caseId={caseFile.id}
          label={tr('newComment.onDraft')}
          anchorOf={() => ({ kind: 'draft', draftKind: kind, hash })}
        />
      </section>
      <ExportLog entries={log ?? []} />
    </div>
  );
}
