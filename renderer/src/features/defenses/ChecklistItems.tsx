import type { Defense } from '@core/catalog';
import type { ChecklistState } from '@core/domain/case-records';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  elementState,
  elementStatuses,
  evidenceState,
  evidenceStatuses,
  type ElementStatus,
  type EvidenceStatus,
} from './checklist-model';
import { missingEvidence } from '@core/documents/evidence-links';
import { attachmentsRepository } from '../../db/attachments-repository';
import { useLiveQuery } from '../../db/live';
import { UnverifiedTag } from './LawTags';
import { useLocalizedText } from './localized';
import type { ChecklistEditor } from './useChecklistEditor';

interface ItemProps<S extends string> {
  legend: ReactNode;
  /** The item in plain text: each item's status and note get a name of their own from it. */
  name: string;
  help?: string;
  statuses: readonly S[];
  status: S;
  note: string;
  statusLabel: (status: S) => string;
  readOnly: boolean;
  onStatus: (status: S) => void;
  onNote: (note: string) => void;
  onBlur: () => void;
}

function ChecklistItem<S extends string>(props: ItemProps<S>) {
  const { t } = useTranslation('defenses');
  const id = useId();
  return (
    <fieldset className="checklist-item" disabled={props.readOnly}>
      <legend>{props.legend}</legend>
      {props.help ? <p className="field-hint">{props.help}</p> : null}
      <div
        className="answer-radios"
        role="radiogroup"
        aria-label={t('checklist.statusOf', { item: props.name })}
      >
        {props.statuses.map((status) => (
          <label key={status}>
            <input
              type="radio"
              name={`${id}-status`}
              value={status}
              checked={props.status === status}
              onChange={() => props.onStatus(status)}
            />{' '}
            {props.statusLabel(status)}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('checklist.note')}</label>
        <textarea
          id={`${id}-note`}
          aria-label={t('checklist.noteOn', { item: props.name })}
          value={props.note}
          maxLength={20000}
          onChange={(e) => props.onNote(e.target.value)}
          onBlur={props.onBlur}
        />
      </div>
    </fieldset>
  );
}

interface SectionProps {
  defense: Defense;
  view: ChecklistState;
  editor: ChecklistEditor;
  readOnly: boolean;
}

/** Eligibility elements, each met / not met / unknown with a note. */
export function ElementsSection({ defense, view, editor, readOnly }: SectionProps) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  return (
    <section aria-labelledby="elements-title" className="panel">
      <h3 id="elements-title">{t('checklist.elements')}</h3>
      {defense.questions.map((question) => {
        const state = elementState(view, question.id);
        return (
          <ChecklistItem<ElementStatus>
            key={question.id}
            legend={
              <>
                {localized(question.text)} <UnverifiedTag verified={question.verified} />
              </>
            }
            name={localized(question.text)}
            help={question.help ? localized(question.help) : undefined}
            statuses={elementStatuses}
            status={state.status}
            note={state.note ?? ''}
            statusLabel={(s) => t(`checklist.element.${s}`)}
            readOnly={readOnly}
            onStatus={(status) => editor.setElement(question.id, { status })}
            onNote={(note) => editor.setElement(question.id, { note })}
            onBlur={() => void editor.flush()}
          />
        );
      })}
    </section>
  );
}

/** Evidence to gather, each needed / requested / received with a note and its documents. */
export function EvidenceSection({ defense, view, editor, readOnly }: SectionProps) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const documents = useLiveQuery(() => attachmentsRepository.list(view.caseId), [view.caseId]);
  const names = new Map((documents ?? []).map((d) => [d.id, d.name]));
  const missing = missingEvidence(defense, view);
  return (
    <section aria-labelledby="evidence-title" className="panel">
      <h3 id="evidence-title">{t('checklist.evidence')}</h3>
      <div role="note" aria-labelledby="evidence-missing-title" className="evidence-missing">
        <p id="evidence-missing-title">
          <strong>{t('checklist.missing', { count: missing.length })}</strong>
        </p>
        {missing.length > 0 ? (
          <ul>
            {missing.map((item) => (
              <li key={item.id}>{localized(item.text)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {defense.evidence.map((item) => {
        const state = evidenceState(view, item.id);
        const linked = (state.documentIds ?? []).map(
          (id) => names.get(id) ?? t('checklist.documentGone'),
        );
        return (
          <ChecklistItem<EvidenceStatus>
            key={item.id}
            legend={
              <>
                {localized(item.text)}
                {linked.length > 0 ? (
                  <span className="evidence-documents">
                    {' '}
                    · {t('checklist.documents', { names: linked.join(', ') })}
                  </span>
                ) : null}
              </>
            }
            name={localized(item.text)}
            statuses={evidenceStatuses}
            status={state.status}
            note={state.note ?? ''}
            statusLabel={(s) => t(`checklist.evidenceStatus.${s}`)}
            readOnly={readOnly}
            onStatus={(status) => editor.setEvidence(item.id, { status })}
            onNote={(note) => editor.setEvidence(item.id, { note })}
            onBlur={() => void editor.flush()}
          />
        );
      })}
    </section>
  );
}
