/**
 * "Known no": what the client has said is NOT the case, so that screening can close a fact
 * without an interview answer (an empty list only means "nothing entered yet"). Each answer is
 * `false` (known no), `true` (yes: enter the details in the list) or `null` (not asked yet).
 */
import type { z } from 'zod';
import { strict, triState } from './schema-primitives';

export const KnownCriminalSchema = strict({
  /** Ever arrested, cited, charged or convicted, anywhere. */
  everArrested: triState().optional(),
});

export const KnownFamilySchema = strict({
  /** Any spouse, parent or child who is a US citizen or permanent resident. */
  qualifyingRelativesInUs: triState().optional(),
  /** Any parent or grandparent who was or became a US citizen. */
  citizenParentOrGrandparent: triState().optional(),
});

export const KnownHistorySchema = strict({
  /** Ever removed, deported, returned or ordered removed (including in absentia). */
  earlierOrders: triState().optional(),
  /** Ever applied for asylum, DACA, TPS or another immigration benefit. */
  earlierApplications: triState().optional(),
});

export const KnownFactsSchema = strict({
  criminal: KnownCriminalSchema.optional(),
  family: KnownFamilySchema.optional(),
  history: KnownHistorySchema.optional(),
});

export type KnownFacts = z.infer<typeof KnownFactsSchema>;
