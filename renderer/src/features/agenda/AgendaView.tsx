import { closingOf } from '@core/cases/case-outcome';
import type { ManualDeadline } from '@core/domain/case-records';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInChicago } from '../../lib/format';
import { clientName } from '../cases/case-summary';
import { type AgendaCase, type AgendaItem, buildAgenda, overdueCount } from './agenda-items';
import { AgendaItemView } from './AgendaItemView';
import { ExportIcsButton } from './ExportIcsButton';
import { removeManualDeadline } from './manual-deadlines';
import { ManualDeadlineForm, type CaseChoice } from './ManualDeadlineForm';
import { UndatedList } from './UndatedList';

interface AgendaViewProps {
  cases: readonly AgendaCase[];
  /** One case's tab (reference known) or every case. */
  reference?: string;
  readOnly: boolean;
}

/** Hearings and deadlines, soonest first, with the attorney's own deadlines and an .ics export. */
export function AgendaView({ cases, reference, readOnly }: AgendaViewProps) {
  const { t } = useTranslation(['agenda', 'cases']);
  const [includePast, setIncludePast] = useState(false);
  const [editing, setEditing] = useState<ManualDeadline | null>(null);
  // After editing, focus goes back to that deadline's Edit button (it is rendered again).
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (editing)
      document
        .querySelector<HTMLElement>('.agenda-item.editing input, .agenda-item.editing select')
        ?.focus();
  }, [editing]);
  useEffect(() => {
    if (!returnTo) return;
    setReturnTo(null);
    document.querySelector<HTMLElement>(`[data-edit-id="${returnTo}"]`)?.focus();
  }, [returnTo]);
  const [message, setMessage] = useState('');
  const today = todayInChicago();
  const agenda = useMemo(
    () => buildAgenda(cases, { today, includePast }),
    [cases, includePast, today],
  );
  const allCases = reference === undefined;
  // A case MCJ closed is read-only: its deadlines are shown, never changed or added to.
  const closed = useMemo(
    () => new Set(cases.filter(({ file }) => closingOf(file)).map(({ file }) => file.id)),
    [cases],
  );
  const choices: CaseChoice[] = useMemo(
    () =>
      cases
        .filter(({ file }) => !closed.has(file.id))
        .map(({ file }) => ({
          file,
          label: `${clientName(file) || t('cases:unnamed')} · ${file.reference}`,
        })),
    [cases, closed, t],
  );
  const labels = new Map(
    cases.map(({ file }) => [
      file.id,
      `${clientName(file) || t('cases:unnamed')} · ${file.reference}`,
    ]),
  );
  const upcoming = agenda.items.filter(
    (i) => i.urgency === 'upcoming' || i.urgency === 'today',
  ).length;

  const removeItem = async (item: AgendaItem & { kind: 'manual' }) => {
    try {
      await removeManualDeadline(item.deadline.id);
      setMessage(t('status.removed', { title: item.deadline.title }));
    } catch {
      setMessage(t('status.removeFailed'));
    }
  };
  const saved = (deadline: ManualDeadline, isNew: boolean) => {
    if (editing) setReturnTo(editing.id);
    setEditing(null);
    setMessage(t(isNew ? 'status.added' : 'status.updated', { title: deadline.title }));
  };

  return (
    <div className="page agenda-view">
      <p className="banner warn" role="note">
        {t('confirmBanner')}
      </p>
      <p role="status" className="agenda-status">
        {message}
      </p>
      <section aria-labelledby="agenda-list-title" className="agenda-section">
        <div className="page-heading">
          <h2 id="agenda-list-title">{t('list.title')}</h2>
          <ExportIcsButton
            items={agenda.items}
            files={cases.map((c) => c.file)}
            reference={reference}
          />
        </div>
        <div className="toolbar">
          <label>
            <input
              type="checkbox"
              checked={includePast}
              onChange={(e) => setIncludePast(e.target.checked)}
            />{' '}
            {t('list.includePast')}
          </label>
          <p className="result-count">
            {t('list.counts', { overdue: overdueCount(agenda), upcoming, days: 7 })}
          </p>
        </div>
        {agenda.failedCaseIds.length > 0 ? (
          <p role="alert" className="banner danger">
            {t('list.failed', { count: agenda.failedCaseIds.length })}
          </p>
        ) : null}
        {agenda.items.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <ol className="agenda-list">
            {agenda.items.map((item) =>
              editing && item.kind === 'manual' && item.deadline.id === editing.id ? (
                <li key={item.key} className="agenda-item editing">
                  <ManualDeadlineForm
                    cases={choices}
                    editing={editing}
                    onDone={saved}
                    onCancel={() => {
                      setReturnTo(editing.id);
                      setEditing(null);
                    }}
                  />
                </li>
              ) : (
                <AgendaItemView
                  key={item.key}
                  item={item}
                  caseLabel={allCases ? labels.get(item.caseId) : undefined}
                  readOnly={readOnly || closed.has(item.caseId)}
                  onEdit={(manual) => setEditing(manual.deadline)}
                  onRemove={removeItem}
                />
              ),
            )}
          </ol>
        )}
      </section>
      <UndatedList undated={agenda.undated} caseLabels={allCases ? labels : undefined} />
      {readOnly || choices.length === 0 ? null : (
        <section aria-labelledby="agenda-add-title" className="agenda-section">
          <h2 id="agenda-add-title">{t('form.heading')}</h2>
          <ManualDeadlineForm cases={choices} onDone={saved} />
        </section>
      )}
    </div>
  );
}
