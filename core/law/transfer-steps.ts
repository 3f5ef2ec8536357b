/**
 * What a transfer of a detained client reminds the attorney of. The EOIR-33 and AR-11 periods are
 * the deadline rules `eoir-33` and `ar-11` (core/deadlines); the venue step has no deadline, so it
 * is law data here, with its citation, effective date and verified flag. Every step reads
 * "attorney to confirm": a transfer is not always a change of address the client must report.
 */
import type { LocalizedText } from './law-schema';

export const transferStepIds = ['eoir-33', 'ar-11', 'venue'] as const;
export type TransferStepId = (typeof transferStepIds)[number];

export interface VenueStep {
  readonly id: 'venue';
  readonly text: LocalizedText;
  readonly citations: readonly string[];
  readonly effectiveDate: string;
  readonly verified: boolean;
}

export const VENUE_STEP: VenueStep = {
  id: 'venue',
  text: {
    en: 'Check which immigration court now has the case. If it should be heard where the client is now held (or where the client will live after release), consider a motion to change venue. Filing an EOIR-33 alone does not move the case.',
    es: 'Compruebe qué corte de inmigración tiene ahora el caso. Si debe verse donde su cliente está detenido ahora (o donde vivirá tras su liberación), considere una moción de cambio de sede. Presentar solo el EOIR-33 no traslada el caso.',
  },
  citations: [
    '8 CFR 1003.20 (change of venue)',
    'EOIR Policy Manual, Part II, Chapter 5 (motions to change venue)',
  ],
  effectiveDate: '1997-04-01',
  verified: false,
};
