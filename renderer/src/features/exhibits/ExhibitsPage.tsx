import { isProtectedCase } from '@core/cases/protected-identity';
import { filingKinds, PacketSetupReadySchema, type FilingKind } from '@core/exhibits/packet-setup';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentsRepository } from '../../db/attachments-repository';
import { useLiveQuery } from '../../db/live';
import { todayInChicago } from '../../lib/format';
import { useCaseContext } from '../case-file/CaseLayout';
import { useDraftSources } from '../drafts/useDraftSources';
import { AvailableDocuments } from './AvailableDocuments';
import { ExhibitOrder } from './ExhibitOrder';
import { exportPacket, type PacketOutcome } from './export-packet';
import { logPacketExport } from './log-packet-export';
import { FilingRules } from './FilingRules';
import { NO_ERRORS, packetErrors, type PacketErrors } from './packet-errors';
import { PacketFields } from './PacketFields';
import { PacketOutcomeMessage } from './PacketOutcomeMessage';
import { usePacketSetup } from './usePacketSetup';
import { useUserId } from '../review/useReview';

/** Builds a court exhibit packet (one PDF, or parts under a size limit) from the case's documents. */
export function ExhibitsPage() {
  const { t } = useTranslation(['attachments', 'common']);
  const { caseFile, readOnly } = useCaseContext();
  const sources = useDraftSources(caseFile.id);
  const attachments = useLiveQuery(() => attachmentsRepository.list(caseFile.id), [caseFile.id]);
  const { setup, change, changeKind, flush } = usePacketSetup(
    caseFile,
    sources === undefined ? undefined : sources.profile,
  );
  const [errors, setErrors] = useState<PacketErrors>(NO_ERRORS);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PacketOutcome | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const userId = useUserId();

  if (!setup || !attachments || sources === undefined)
    return <p role="status">{t('common:status.loading')}</p>;
  const protectedCase = isProtectedCase(caseFile.flags);

  const build = async () => {
    const checked = PacketSetupReadySchema.safeParse(setup);
    const found = packetErrors(checked.error);
    setErrors(found);
    if (!checked.success) {
      setOutcome(null);
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    await flush();
    const result = await exportPacket(caseFile.reference, setup, attachments, todayInChicago());
    setOutcome(result);
    setBusy(false);
    if (result.kind === 'saved' || result.kind === 'downloaded')
      await logPacketExport(caseFile.id, setup, attachments, result, userId, protectedCase);
  };

  return (
    <section className="page" aria-labelledby="packet-title">
      <h2 id="packet-title">{t('packet.title')}</h2>
      <p className="intro">{t('packet.intro')}</p>
      <FilingRules />
      <form
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void build();
        }}
      >
        <div className="field">
          <label htmlFor="packet-kind">{t('packet.kind')}</label>
          <select
            id="packet-kind"
            value={setup.kind}
            disabled={readOnly}
            onChange={(e) => changeKind(e.target.value as FilingKind)}
          >
            {filingKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`packet.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <h3>{t('packet.chosen')}</h3>
        {errors.has('items') ? (
          <p className="field-error">{t('packet.validation.noDocuments')}</p>
        ) : null}
        <ExhibitOrder
          items={setup.items}
          errors={errors}
          readOnly={readOnly}
          onChange={(items) => change({ ...setup, items })}
        />
        <AvailableDocuments
          attachments={attachments}
          chosen={setup.items}
          readOnly={readOnly}
          onAdd={(item) => change({ ...setup, items: [...setup.items, item] })}
        />
        <PacketFields setup={setup} errors={errors} readOnly={readOnly} onChange={change} />
        <div className="field">
          <label htmlFor="packet-limit">{t('packet.partLimit')}</label>
          <input
            id="packet-limit"
            type="number"
            min={1}
            max={500}
            inputMode="numeric"
            value={setup.partLimitMiB ?? ''}
            readOnly={readOnly}
            aria-describedby="packet-limit-hint"
            onChange={(e) => {
              const value = Number.parseInt(e.target.value, 10);
              change({
                ...setup,
                partLimitMiB: Number.isFinite(value) && value >= 1 ? Math.min(value, 500) : null,
              });
            }}
          />
          <p id="packet-limit-hint" className="muted small">
            {t('packet.partLimitHint')}
          </p>
        </div>
        {protectedCase ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            {t('packet.protectedConfirm')}
          </label>
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            disabled={busy || readOnly || (protectedCase && !confirmed)}
          >
            {busy ? t('packet.building') : t('packet.build')}
          </button>
        </div>
      </form>
      <PacketOutcomeMessage outcome={outcome} busy={busy} />
    </section>
  );
}
