import { draftKinds, type DraftKind } from '@core/drafts';
import { useTranslation } from 'react-i18next';

/** One radio per draft, with what each is for. */
export function DraftChooser({
  value,
  onChange,
}: {
  value: DraftKind;
  onChange: (kind: DraftKind) => void;
}) {
  const { t } = useTranslation('drafts');
  return (
    <fieldset className="draft-chooser">
      <legend>{t('choose')}</legend>
      {draftKinds.map((kind) => (
        <label key={kind} className="draft-choice">
          <input
            type="radio"
            name="draft-kind"
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
            aria-describedby={`draft-${kind}-description`}
          />
          <span>
            <strong>{t(`kinds.${kind}.title`)}</strong>
            <span id={`draft-${kind}-description`} className="small muted">
              {t(`kinds.${kind}.description`)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
