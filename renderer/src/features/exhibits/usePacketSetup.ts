import type { CaseFile } from '@core/domain/case-file';
import type { AttorneyProfile } from '@core/drafts';
import {
  defaultPacketSetup,
  PacketSetupSchema,
  type FilingKind,
  type PacketSetup,
} from '@core/exhibits/packet-setup';
import { useCallback, useEffect, useRef, useState } from 'react';
import { draftsRepository } from '../../db/drafts-repository';
import { todayInChicago } from '../../lib/format';
import { useSaveScheduler } from '../saving/useSaveScheduler';

export const packetDraftId = (caseId: string) => `packet/${caseId}`;

/**
 * The packet being put together, kept as a form draft (encrypted like every row) so that what
 * was typed survives a lock, a reload or leaving the tab. `undefined` while loading.
 */
export function usePacketSetup(
  caseFile: CaseFile,
  /** `undefined` while the profile loads: the default cover waits for it. */
  profile: AttorneyProfile | null | undefined,
) {
  const [setup, setSetup] = useState<PacketSetup | undefined>(undefined);
  const latest = useRef<PacketSetup | undefined>(undefined);
  const draftId = packetDraftId(caseFile.id);

  const profileLoaded = profile !== undefined;
  useEffect(() => {
    if (!profileLoaded) return;
    let active = true;
    void draftsRepository.get(draftId).then((stored) => {
      if (!active || latest.current) return;
      const parsed = PacketSetupSchema.safeParse(stored);
      const initial = parsed.success
        ? parsed.data
        : defaultPacketSetup(caseFile, profile ?? null, 'bond', todayInChicago());
      latest.current = initial;
      setSetup(initial);
    });
    return () => {
      active = false;
    };
    // The stored draft is read once per case; later profile changes do not overwrite typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId, profileLoaded]);

  const scheduler = useSaveScheduler({
    identity: draftId,
    run: async () => {
      if (latest.current) await draftsRepository.put(draftId, caseFile.id, latest.current);
    },
    unsaved: () =>
      scheduler.isScheduled && latest.current
        ? {
            kind: 'form',
            caseId: caseFile.id,
            text: latest.current.items.map((item) => item.title).join('\n'),
          }
        : null,
    // Its save is itself a draft: what a page going away rescues is exactly that.
    rescue: () =>
      latest.current ? [{ draftId, caseId: caseFile.id, values: latest.current }] : [],
  });

  const change = useCallback(
    (next: PacketSetup) => {
      latest.current = next;
      setSetup(next);
      scheduler.schedule();
    },
    [scheduler],
  );

  /** A new filing kind: the cover's title follows unless the attorney wrote one of their own. */
  const changeKind = useCallback(
    (kind: FilingKind) => {
      const current = latest.current;
      if (!current) return;
      const today = todayInChicago();
      const previousDefault = defaultPacketSetup(caseFile, profile ?? null, current.kind, today);
      const nextDefault = defaultPacketSetup(caseFile, profile ?? null, kind, today);
      const ownTitle = current.cover.filingTitle !== previousDefault.cover.filingTitle;
      change({
        ...current,
        kind,
        cover: {
          ...current.cover,
          filingTitle: ownTitle ? current.cover.filingTitle : nextDefault.cover.filingTitle,
        },
      });
    },
    [caseFile, profile, change],
  );

  return { setup, change, changeKind, flush: () => scheduler.flush() };
}
