import type { PacketSetup } from '@core/exhibits/packet-setup';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps, type PacketErrors } from './packet-errors';

interface Props {
  setup: PacketSetup;
  errors: PacketErrors;
  readOnly: boolean;
  onChange: (setup: PacketSetup) => void;
}

type TextField = { path: string; label: string; value: string; multiline?: boolean };

function TextInput({
  field,
  errors,
  readOnly,
  onInput,
}: {
  field: TextField;
  errors: PacketErrors;
  readOnly: boolean;
  onInput: (value: string) => void;
}) {
  const id = `packet-${field.path.replace(/\./g, '-')}`;
  const common = {
    id,
    value: field.value,
    readOnly,
    ...invalidProps(errors, field.path),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onInput(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => onInput(e.target.value)} />
      )}
      <FieldError errors={errors} path={field.path} />
    </div>
  );
}

/** The cover and the proof of service, prefilled from the case and profile, in English for court. */
export function PacketFields({ setup, errors, readOnly, onChange }: Props) {
  const { t } = useTranslation('attachments');
  const { cover, service } = setup;
  const setCover = (patch: Partial<PacketSetup['cover']>) =>
    onChange({ ...setup, cover: { ...cover, ...patch } });
  const setAttorney = (patch: Partial<PacketSetup['cover']['attorney']>) =>
    setCover({ attorney: { ...cover.attorney, ...patch } });
  const setService = (patch: Partial<PacketSetup['service']>) =>
    onChange({ ...setup, service: { ...service, ...patch } });
  const input = (field: TextField, onInput: (value: string) => void) => (
    <TextInput
      key={field.path}
      field={field}
      errors={errors}
      readOnly={readOnly}
      onInput={onInput}
    />
  );
  const coverFields = (
    ['filingTitle', 'respondentName', 'aNumber', 'court', 'judge', 'nextHearing'] as const
  ).map((name) =>
    input({ path: `cover.${name}`, label: t(`packet.cover.${name}`), value: cover[name] }, (v) =>
      setCover({ [name]: v }),
    ),
  );
  const attorneyFields = (['name', 'eoirId', 'address', 'phone', 'email'] as const).map((name) =>
    input(
      {
        path: `cover.attorney.${name}`,
        label: t(`packet.attorney.${name}`),
        value: cover.attorney[name],
        multiline: name === 'address',
      },
      (v) => setAttorney({ [name]: v }),
    ),
  );
  const serviceFields = (['servedOn', 'address', 'method', 'date', 'signer'] as const).map((name) =>
    input(
      {
        path: `service.${name}`,
        label: t(`packet.service.${name}`),
        value: service[name],
        multiline: name === 'address',
      },
      (v) => setService({ [name]: v }),
    ),
  );
  return (
    <>
      <fieldset className="panel">
        <legend>{t('packet.cover.legend')}</legend>
        <p className="muted small">{t('packet.cover.english')}</p>
        {coverFields}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={cover.detained}
            disabled={readOnly}
            onChange={(e) => setCover({ detained: e.target.checked })}
          />
          {t('packet.cover.detained')}
        </label>
      </fieldset>
      <fieldset className="panel">
        <legend>{t('packet.attorney.legend')}</legend>
        {attorneyFields}
      </fieldset>
      <fieldset className="panel">
        <legend>{t('packet.service.legend')}</legend>
        {serviceFields}
      </fieldset>
    </>
  );
}
