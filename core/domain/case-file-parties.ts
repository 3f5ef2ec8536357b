/**
 * People around a case other than the client and the family: the adverse party (an abuser named
 * in a VAWA or U case, a trafficker, an employer) and other related people. Their names feed the
 * conflict-of-interest check. 1367-sensitive: shown only where a case's protected content is
 * (the case file, the intake), never in lists, notices, exports of summaries or the audit log.
 */
import type { z } from 'zod';
import { ANumberSchema } from './a-number';
import {
  TEXT_NAME,
  entityList,
  enumOf,
  requiredText,
  strict,
  text,
  uuid,
} from './schema-primitives';

export const PartyRoleSchema = enumOf(['adverse', 'related']);

export const PartySchema = strict({
  id: uuid(),
  role: PartyRoleSchema,
  name: requiredText(TEXT_NAME),
  /** How the person relates to the client: "ex-spouse", "employer", "sponsor". */
  relationship: text(TEXT_NAME).nullish(),
  aNumber: ANumberSchema.nullish(),
});

export const PartiesSchema = entityList(PartySchema, 100);

export type PartyRole = z.infer<typeof PartyRoleSchema>;
export type Party = z.infer<typeof PartySchema>;
