/**
 * What the attorney sets up for an exhibit packet: the filing's cover, the documents in order,
 * the translators, and the proof of service. Kept as a form draft while it is being put
 * together, so nothing typed is lost; the court's copy is always in English.
 */
import { z } from 'zod';
import type { CaseFile } from '../domain/case-file';
import { formatANumber } from '../domain/a-number';
import { nextHearing } from '../drafts/draft-facts';
import { respondentName } from '../drafts/draft-parts';
import type { AttorneyProfile } from '../drafts/draft-types';
import { clock, longDate } from '../drafts/english-format';

export const filingKinds = ['bond', 'parole', 'motion', 'prehearing'] as const;
export type FilingKind = (typeof filingKinds)[number];

export const filingTitles: Record<FilingKind, string> = {
  bond: "Respondent's Evidence in Support of a Request for Bond Redetermination",
  parole: 'Evidence in Support of a Request for Parole',
  motion: "Exhibits in Support of Respondent's Motion",
  prehearing: "Respondent's Pre-Hearing Submission of Evidence",
};

const required = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.text.tooLong' });
const optional = (max: number) => z.string().trim().max(max, { error: 'validation.text.tooLong' });

export const TranslatorSchema = z.strictObject({
  name: required(200),
  address: required(400),
  language: required(100),
});
export type Translator = z.infer<typeof TranslatorSchema>;

export const PacketItemSchema = z.strictObject({
  documentId: z.string().min(1).max(100),
  title: required(200),
  translated: z.boolean(),
  translator: z.strictObject({
    name: optional(200),
    address: optional(400),
    language: optional(100),
  }),
});
export type PacketItem = z.infer<typeof PacketItemSchema>;

export const PacketCoverSchema = z.strictObject({
  filingTitle: required(300),
  respondentName: required(200),
  aNumber: required(20),
  detained: z.boolean(),
  court: required(200),
  judge: optional(200),
  nextHearing: optional(200),
  attorney: z.strictObject({
    name: required(200),
    eoirId: optional(20),
    address: required(400),
    phone: optional(40),
    email: optional(200),
  }),
});
export type PacketCover = z.infer<typeof PacketCoverSchema>;

export const ProofOfServiceSchema = z.strictObject({
  servedOn: required(300),
  address: required(400),
  method: required(200),
  date: required(100),
  signer: required(200),
});
export type ProofOfService = z.infer<typeof ProofOfServiceSchema>;

/** MiB; null: one PDF whatever its size. */
export const PartLimitSchema = z.number().int().min(1).max(500).nullable();

export const PacketSetupSchema = z.strictObject({
  kind: z.enum(filingKinds),
  cover: PacketCoverSchema,
  items: z.array(PacketItemSchema).max(200),
  service: ProofOfServiceSchema,
  partLimitMiB: PartLimitSchema,
});
export type PacketSetup = z.infer<typeof PacketSetupSchema>;

/** A translated item must name its translator: the certificate is signed by that person. */
export function translatorOf(item: PacketItem): Translator | null {
  return item.translated ? TranslatorSchema.parse(item.translator) : null;
}

export const PacketSetupReadySchema = PacketSetupSchema.superRefine((setup, context) => {
  setup.items.forEach((item, index) => {
    if (!item.translated) return;
    const result = TranslatorSchema.safeParse(item.translator);
    for (const issue of result.error?.issues ?? []) {
      context.addIssue({
        code: 'custom',
        path: ['items', index, 'translator', ...issue.path],
        message: issue.message,
      });
    }
  });
  if (setup.items.length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['items'],
      message: 'exhibits.validation.noDocuments',
    });
  }
});

/** The packet's starting point, filled from the case file and the attorney's profile. */
export function defaultPacketSetup(
  caseFile: CaseFile,
  profile: AttorneyProfile | null,
  kind: FilingKind,
  today: string,
): PacketSetup {
  const hearing = nextHearing(caseFile, today);
  const hearingText = hearing
    ? `${longDate(hearing.date)}${hearing.time ? `, ${clock(hearing.time)} Central` : ''}`
    : '';
  const court = caseFile.court.court ?? '';
  return {
    kind,
    cover: {
      filingTitle: filingTitles[kind],
      respondentName: respondentName(caseFile),
      aNumber: caseFile.identity.aNumber ? formatANumber(caseFile.identity.aNumber) : '',
      detained: caseFile.custody.status === 'detained',
      court,
      judge: caseFile.court.judge ?? '',
      nextHearing: hearingText,
      attorney: {
        name: profile?.displayName ?? '',
        eoirId: profile?.eoirId ?? '',
        address: profile?.mailingAddress ?? '',
        phone: profile?.phone ?? '',
        email: profile?.email ?? '',
      },
    },
    items: [],
    service: {
      servedOn: 'DHS/ICE Office of the Principal Legal Advisor',
      address: '',
      method: 'ECAS electronic service',
      date: longDate(today),
      signer: profile?.displayName ?? '',
    },
    partLimitMiB: null,
  };
}
