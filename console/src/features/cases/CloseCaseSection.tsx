import type { CaseOutcome, OutcomeKind } from '@core/cases/case-outcome';
import {
  CaseOutcomeSchema,
  outcomeKinds,
  releaseKinds,
  reliefTypes,
} from '@core/cases/case-outcome';
import type { CaseClosing } from '@core/sync/dashboard-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { validationText } from '../../components/validation-text';
import { useConsoleApi } from '../../session/SessionContext';
import { dashboardApi } from '../dashboard/dashboard-api';
import type { CaseloadOnlyT } from './outcome-text';
import { outcomeText } from './outcome-text';

interface Props {
  caseId: string;
  closings: readonly CaseClosing[];
  derived: CaseOutcome | null;
  onChanged: () => void;
}

type Draft = {
  kind: OutcomeKind;
  release: (typeof releaseKinds)[number];
  bondAmount: string;
  relief: (typeof reliefTypes)[number];
  note: string;
};

function draftFrom(derived: CaseOutcome | null): Draft {
  return {
    kind: derived?.kind ?? 'released',
    release: derived?.kind === 'released' ? derived.release : 'bond',
    bondAmount:
      derived?.kind === 'released' && derived.bondAmount ? String(derived.bondAmount) : '',
    relief: derived?.kind === 'relief_granted' ? derived.relief : 'asylum',
    note: '',
  };
}

function outcomeOf(draft: Draft): unknown {
  const note = draft.note.trim() || null;
  if (draft.kind === 'released')
    return {
      kind: 'released',
      release: draft.release,
      bondAmount: draft.release === 'bond' ? Number(draft.bondAmount) || null : null,
      note,
    };
  if (draft.kind === 'relief_granted') return { kind: draft.kind, relief: draft.relief, note };
  return { kind: draft.kind, note };
}

/** Close with a confirmed outcome (proposed from the case file), or reopen with a reason. */
export function CloseCaseSection({ caseId, closings, derived, onChanged }: Props) {
  const { t: tc, i18n } = useTranslation(['caseload', 'validation']);
  const t = tc as unknown as CaseloadOnlyT;
  const api = useConsoleApi();
  const dashboard = useMemo(() => dashboardApi(api), [api]);
  const { nameOf } = useDirectory();
  const language = i18n.language;
  const [draft, setDraft] = useState<Draft>(() => draftFrom(derived));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const inForce = closings.find((c) => c.reopenedAt === null) ?? null;
  const earlier = closings.filter((c) => c.reopenedAt !== null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const close = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = CaseOutcomeSchema.safeParse(outcomeOf(draft));
    if (!parsed.success) {
      setIssues(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setIssues({});
    void run(() => dashboard.close(caseId, parsed.data));
  };
  const reopen = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setIssues({ reason: 'validation.required' });
      return;
    }
    setIssues({});
    void run(() => dashboard.reopen(caseId, reason.trim()));
  };
  const issue = (field: string) =>
    issues[field] ? (
      <p id={`closing-${field}-error`} className="field-error">
        {validationText(tc as never, issues[field], language)}
      </p>
    ) : null;
  const described = (field: string) =>
    issues[field]
      ? { 'aria-invalid': true as const, 'aria-describedby': `closing-${field}-error` }
      : {};

  return (
    <section aria-labelledby="closing-title">
      <h2 id="closing-title">{t('closing.title')}</h2>
      {error ? <ErrorNotice error={error} /> : null}
      {inForce ? (
        <form onSubmit={reopen}>
          <p role="status">
            {t('closing.closed', {
              date: formatWhen(inForce.closedAt, language, ''),
              who: nameOf(inForce.closedBy),
              outcome: outcomeText(t, inForce.outcome, language),
            })}
          </p>
          <p className="cell-note">{t('closing.closedStatus')}</p>
          <div className="field">
            <label htmlFor="closing-reason">{t('closing.reopenReason')}</label>
            <input
              id="closing-reason"
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
              {...described('reason')}
            />
            {issue('reason')}
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t('closing.reopening') : t('closing.reopen')}
          </button>
        </form>
      ) : (
        <form onSubmit={close} noValidate>
          <p className="screen-intro">{t('closing.intro')}</p>
          <p>
            {derived
              ? t('closing.proposed', { outcome: outcomeText(t, derived, language) })
              : t('closing.nothingProposed')}
          </p>
          <div className="field">
            <label htmlFor="closing-kind">{t('closing.kind')}</label>
            <select
              id="closing-kind"
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as OutcomeKind })}
            >
              {outcomeKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`outcome.kind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          {draft.kind === 'released' ? (
            <>
              <div className="field">
                <label htmlFor="closing-release">{t('closing.release')}</label>
                <select
                  id="closing-release"
                  value={draft.release}
                  onChange={(e) => set({ release: e.target.value as Draft['release'] })}
                >
                  {releaseKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`outcome.release.${kind}`)}
                    </option>
                  ))}
                </select>
              </div>
              {draft.release === 'bond' ? (
                <div className="field">
                  <label htmlFor="closing-bondAmount">{t('closing.bondAmount')}</label>
                  <input
                    id="closing-bondAmount"
                    inputMode="numeric"
                    value={draft.bondAmount}
                    onChange={(e) => set({ bondAmount: e.target.value.replace(/[^\d]/g, '') })}
                    {...described('bondAmount')}
                  />
                  {issue('bondAmount')}
                </div>
              ) : null}
            </>
          ) : null}
          {draft.kind === 'relief_granted' ? (
            <div className="field">
              <label htmlFor="closing-relief">{t('closing.relief')}</label>
              <select
                id="closing-relief"
                value={draft.relief}
                onChange={(e) => set({ relief: e.target.value as Draft['relief'] })}
              >
                {reliefTypes.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`outcome.relief.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="closing-note">{t('closing.note')}</label>
            <input
              id="closing-note"
              value={draft.note}
              maxLength={2000}
              onChange={(e) => set({ note: e.target.value })}
              {...described('note')}
            />
            {issue('note')}
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t('closing.closing') : t('closing.submit')}
          </button>
        </form>
      )}
      {earlier.length ? (
        <>
          <h3>{t('closing.history')}</h3>
          <ul>
            {earlier.map((c) => (
              <li key={c.id}>
                {outcomeText(t, c.outcome, language)} ·{' '}
                {t('closing.reopenedOn', {
                  date: formatWhen(c.reopenedAt, language, ''),
                  who: nameOf(c.reopenedBy ?? ''),
                  reason: c.reopenReason ?? '',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
