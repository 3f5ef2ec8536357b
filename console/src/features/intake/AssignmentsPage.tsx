import type { CaseSummary } from '@core/sync/admin-schemas';
import type { Volunteer } from '@core/sync/intake-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { useConsoleApi } from '../../session/SessionContext';
import { intakeApi } from './intake-api';
import { VolunteersTable } from './VolunteersTable';

type Action =
  | { kind: 'assign'; caseId: string; userId: string }
  | { kind: 'reassign'; caseId: string; fromUserId: string; userId: string }
  | { kind: 'unassign'; caseId: string; userId: string };

/** Supervisors: who has which case; give, move or take away a case. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const api = useConsoleApi();
  const intakes = useMemo(() => intakeApi(api), [api]);
  const heading = usePageHeading(t('assignments.title'));
  const volunteers = useResource(() => intakes.volunteers(), [intakes]);
  const cases = useResource(() => intakes.cases(), [intakes]);
  const { nameOf } = useDirectory();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<{ c: CaseSummary; userId: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<Action['kind'] | null>(null);

  const perform = async (action: Action) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      if (action.kind === 'assign') await intakes.assign(action.caseId, action.userId);
      if (action.kind === 'unassign') await intakes.unassign(action.caseId, action.userId);
      if (action.kind === 'reassign')
        await intakes.reassign(action.caseId, action.fromUserId, action.userId);
      setDone(action.kind);
      setConfirming(null);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      cases.reload();
      volunteers.reload();
    }
  };
  const others = (c: CaseSummary): Volunteer[] =>
    (volunteers.data ?? []).filter((v) => !c.assignedUserIds.includes(v.id));

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('assignments.title')}
      </h1>
      <p className="screen-intro">{t('assignments.intro')}</p>
      {done ? (
        <p className="notice notice-ok" role="status">
          {t(
            `assignments.done.${done === 'assign' ? 'assigned' : done === 'unassign' ? 'unassigned' : 'reassigned'}`,
          )}
        </p>
      ) : null}
      {failure && !confirming ? <ErrorNotice error={failure} /> : null}
      {volunteers.status === 'ready' ? <VolunteersTable volunteers={volunteers.data} /> : null}
      {cases.status === 'loading' ? <Loading /> : null}
      {cases.status === 'failed' ? (
        <ErrorNotice error={cases.error} onRetry={cases.reload} />
      ) : null}
      {cases.status === 'ready' ? (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('assignments.title')}
          tabIndex={0}
        >
          <table className="data-table">
            <caption className="visually-hidden">{t('assignments.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assignments.columns.case')}</th>
                <th scope="col">{t('assignments.columns.assigned')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data
                .filter((c) => !c.deleted)
                .map((c) => {
                  const target = chosen[c.id] ?? '';
                  return (
                    <tr key={c.id}>
                      <th scope="row">{c.reference}</th>
                      <td>
                        {c.assignedUserIds.length === 0 ? t('assignments.nobodyAssigned') : null}
                        <ul>
                          {c.assignedUserIds.map((userId) => (
                            <li key={userId}>
                              {nameOf(userId)}{' '}
                              <button
                                type="button"
                                disabled={busy}
                                onClick={() => setConfirming({ c, userId })}
                              >
                                {t('assignments.unassign', {
                                  reference: c.reference,
                                  name: nameOf(userId),
                                })}
                              </button>{' '}
                              <button
                                type="button"
                                disabled={busy || !target}
                                onClick={() =>
                                  void perform({
                                    kind: 'reassign',
                                    caseId: c.id,
                                    fromUserId: userId,
                                    userId: target,
                                  })
                                }
                              >
                                {t('assignments.reassign', {
                                  reference: c.reference,
                                  from: nameOf(userId),
                                })}
                              </button>
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <div className="field inline-field">
                          <label htmlFor={`assign-${c.id}`}>
                            {t('assignments.assignTo', { reference: c.reference })}
                          </label>
                          <select
                            id={`assign-${c.id}`}
                            value={target}
                            onChange={(event) =>
                              setChosen((now) => ({ ...now, [c.id]: event.target.value }))
                            }
                          >
                            <option value="">{t('assignments.chooseVolunteer')}</option>
                            {others(c).map((v) => (
                              <option key={v.id} value={v.id}>
                                {v.displayName}
                              </option>
                            ))}
                          </select>
                        </div>
                        <button
                          type="button"
                          disabled={busy || !target}
                          onClick={() =>
                            void perform({ kind: 'assign', caseId: c.id, userId: target })
                          }
                        >
                          {t('assignments.assign')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('assignments.confirmUnassign.title')}
          confirmLabel={t('assignments.confirmUnassign.confirm')}
          danger
          busy={busy}
          onCancel={() => {
            setConfirming(null);
            setFailure(null);
          }}
          onConfirm={() =>
            void perform({ kind: 'unassign', caseId: confirming.c.id, userId: confirming.userId })
          }
        >
          <p>
            {t('assignments.confirmUnassign.body', {
              name: nameOf(confirming.userId),
              reference: confirming.c.reference,
            })}
          </p>
          {failure ? <ErrorNotice error={failure} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
