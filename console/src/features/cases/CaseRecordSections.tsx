/**
 * The staff case view's read-only sections (issue 18 #2): case file, interviews, notes with every
 * revision and fork, defense checklists, deadlines with core's computation shown, and the drafts'
 * export log (each draft named by kind, case and day).
 */
import { getDefense } from '@core/catalog/defense-catalog';
import { computeDeadlines } from '@core/deadlines/compute-deadlines';
import { deadlineRule } from '@core/deadlines/deadline-rules';
import { todayInChicago } from '@core/deadlines/chicago-today';
import type { CaseFile } from '@core/domain/case-file';
import type { ChecklistState, ManualDeadline } from '@core/domain/case-records';
import type { InterviewSession } from '@core/domain/interview-session';
import { headIds } from '@core/sync/note-graph';
import type { StaffCaseRecord } from '@core/sync/dashboard-schemas';
import { getTemplate } from '@core/templates/template-registry';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { formatDate, formatWhen } from '../../components/format';
import { draftLabel } from '../review/draft-label';
import type { CaseloadOnlyT } from './outcome-text';

const local = (text: { en: string; es: string }, language: string) =>
  language.startsWith('es') ? text.es : text.en;

function useT() {
  const { t, i18n } = useTranslation(['caseload', 'caseFile']);
  return { t: t as unknown as CaseloadOnlyT, tf: t, language: i18n.language };
}

function CaseFileSection({ file }: { file: CaseFile }) {
  const { t, tf, language } = useT();
  return (
    <section aria-labelledby="record-file">
      <h2 id="record-file">{t('record.file')}</h2>
      <dl className="field-values">
        <dt>{t('record.identity')}</dt>
        <dd>
          {[file.identity.givenNames, file.identity.familyName].filter(Boolean).join(' ')}
          {file.identity.dateOfBirth ? ` · ${formatDate(file.identity.dateOfBirth, language)}` : ''}
        </dd>
        <dt>{t('record.court')}</dt>
        <dd>{file.court.court ?? '—'}</dd>
        <dt>{t('record.eoir')}</dt>
        <dd>{tf(`caseFile:options.eoirStatus.${file.eoirStatus.status}` as never)}</dd>
      </dl>
      <h3>{t('record.hearings')}</h3>
      {file.hearings.length === 0 ? <p>{t('record.noHearings')}</p> : null}
      <ul>
        {[...file.hearings]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((h) => (
            <li key={h.id}>
              {formatDate(h.date, language)} {h.time ?? ''} ·{' '}
              {tf(`caseFile:options.hearingType.${h.type}` as never)} ·{' '}
              {tf(`caseFile:options.hearingFormat.${h.format}` as never)}
            </li>
          ))}
      </ul>
    </section>
  );
}

function InterviewsSection({ interviews }: { interviews: readonly InterviewSession[] }) {
  const { t, language } = useT();
  return (
    <section aria-labelledby="record-interviews">
      <h2 id="record-interviews">{t('record.interviews')}</h2>
      {interviews.length === 0 ? <p>{t('record.noInterviews')}</p> : null}
      <ul>
        {interviews.map((s) => {
          const template = getTemplate(s.templateId, s.templateVersion);
          return (
            <li key={s.id}>
              {t('record.interview', {
                template: template ? local(template.title, language) : s.templateId,
                version: s.templateVersion,
                date: formatWhen(s.startedAt, language, ''),
              })}
              {' · '}
              {s.state === 'final' ? t('record.final') : t('record.draft')}
              {' · '}
              {t('record.answers', { count: Object.keys(s.answers).length })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function NotesSection({ notes }: { notes: StaffCaseRecord['notes'] }) {
  const { t, language } = useT();
  const { nameOf } = useDirectory();
  return (
    <section aria-labelledby="record-notes">
      <h2 id="record-notes">{t('record.notes')}</h2>
      {notes.length === 0 ? <p>{t('record.noNotes')}</p> : null}
      {notes.map((note) => {
        const heads = headIds(note.revisions.filter((r) => !r.afterFinal));
        const shown = note.revisions.filter((r) => heads.includes(r.id));
        const addenda = note.revisions.filter((r) => r.afterFinal);
        return (
          <article
            key={note.noteId}
            className="review-item"
            aria-labelledby={`note-${note.noteId}`}
          >
            <h3 id={`note-${note.noteId}`}>
              {t('record.revisionBy', {
                who: nameOf(shown[0]?.authorId ?? note.revisions[0]!.authorId),
                when: formatWhen(note.revisions.at(-1)!.receivedAt, language, ''),
              })}
              {' · '}
              {note.final ? t('record.final') : t('record.draft')}
            </h3>
            {shown.length > 1 ? <p className="cell-note">{t('record.fork')}</p> : null}
            {shown.map((r) => (
              <p key={r.id} className="note-text">
                {r.body}
              </p>
            ))}
            {addenda.map((r) => (
              <div key={r.id}>
                <p className="cell-note">{t('record.addendum')}</p>
                <p className="note-text">{r.body}</p>
              </div>
            ))}
            <details>
              <summary>{t('record.revisions', { count: note.revisions.length })}</summary>
              <ol>
                {note.revisions.map((r) => (
                  <li key={r.id}>
                    <p className="cell-note">
                      {t('record.revisionBy', {
                        who: nameOf(r.authorId),
                        when: formatWhen(r.receivedAt, language, ''),
                      })}
                    </p>
                    <p className="note-text">{r.body}</p>
                  </li>
                ))}
              </ol>
            </details>
          </article>
        );
      })}
    </section>
  );
}

function ChecklistsSection({ checklists }: { checklists: readonly ChecklistState[] }) {
  const { t, language } = useT();
  return (
    <section aria-labelledby="record-checklists">
      <h2 id="record-checklists">{t('record.checklists')}</h2>
      {checklists.length === 0 ? <p>{t('record.noChecklists')}</p> : null}
      <ul>
        {checklists.map((c) => {
          const defense = getDefense(c.defenseId);
          const states = Object.values(c.elements);
          const marked = states.filter((s) => s.status !== 'unknown');
          return (
            <li key={c.id}>
              {defense ? local(defense.name, language) : c.defenseId} ·{' '}
              {t('record.checklistCounts', {
                met: marked.length,
                total: Math.max(defense?.questions.length ?? 0, states.length),
              })}
              {c.dismissed ? ` · ${t('record.dismissed', { reason: c.dismissed.reason })}` : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Core's deadlines for the file; none when the calculator cannot read it (said by the summary). */
function deadlineResults(file: CaseFile) {
  try {
    return computeDeadlines(file, { today: todayInChicago(), clocks: false }).results.filter(
      (r) => r.dueDate || r.missing.length,
    );
  } catch {
    return [];
  }
}

function DeadlinesSection({ file, manual }: { file: CaseFile; manual: readonly ManualDeadline[] }) {
  const { t, language } = useT();
  const results = deadlineResults(file);
  return (
    <section aria-labelledby="record-deadlines">
      <h2 id="record-deadlines">{t('record.deadlines')}</h2>
      {results.length === 0 && manual.length === 0 ? <p>{t('record.noDeadlines')}</p> : null}
      <ul className="review-list">
        {results.map((r) => (
          <li key={`${r.ruleId}-${r.subjectId ?? ''}`} className="review-item">
            <h3>{local(r.name, language)}</h3>
            {r.dueDate ? <p>{t('record.due', { date: formatDate(r.dueDate, language) })}</p> : null}
            {r.safeDate ? (
              <p>{t('record.safe', { date: formatDate(r.safeDate, language) })}</p>
            ) : null}
            <p>
              {t('record.runsFrom', { trigger: local(deadlineRule(r.ruleId).trigger, language) })}
            </p>
            {r.missing.length ? (
              <p>{t('record.missing', { facts: r.missing.join(', ') })}</p>
            ) : null}
            {Object.keys(r.inputs).length ? (
              <>
                <p className="cell-note">{t('record.inputs')}</p>
                <ul>
                  {Object.entries(r.inputs).map(([key, value]) => (
                    <li key={key}>
                      {key}: {String(value ?? '—')}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {r.caveats.map((c) => (
              <p key={c.id} className="cell-note">
                {local(c.text, language)}
              </p>
            ))}
            <p className="cell-note">{t('record.citations', { list: r.citations.join('; ') })}</p>
            <p className="cell-note">{r.verified ? t('record.confirm') : t('record.unverified')}</p>
          </li>
        ))}
        {manual.map((d) => (
          <li key={d.id} className="review-item">
            {t('record.manual', { title: d.title, date: formatDate(d.date, language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CaseRecordSections({ record }: { record: StaffCaseRecord }) {
  const { t, language } = useT();
  const { t: tr } = useTranslation('review');
  const { nameOf } = useDirectory();
  const file = record.caseFile as unknown as CaseFile;
  return (
    <>
      <CaseFileSection file={file} />
      <DeadlinesSection
        file={file}
        manual={record.manualDeadlines as unknown as ManualDeadline[]}
      />
      <InterviewsSection interviews={record.interviews as unknown as InterviewSession[]} />
      <NotesSection notes={record.notes} />
      <ChecklistsSection checklists={record.checklists as unknown as ChecklistState[]} />
      <section aria-labelledby="record-exports">
        <h2 id="record-exports">{t('record.exportLog')}</h2>
        {record.exportLog.length === 0 ? <p>{t('record.noExports')}</p> : null}
        <ul>
          {record.exportLog.map((e) => (
            <li key={e.id}>
              {draftLabel(
                tr,
                { kind: e.draft, reference: file.reference, at: e.exportedAt },
                language,
              )}
              {e.by ? ` · ${nameOf(e.by)}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
