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

const text = (max: number) => z.string().max(max, { error: 'validation.text.tooLong' });
const filled = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.text.tooLong' });

/**
 * The setup's shape. `field` is `text` for a draft (anything half-typed is kept) and `filled` for
 * a packet about to be built (what the court needs is there).
 */
function setupSchema(field: typeof text) {
  const optional = text;
  const translator = z.strictObject({
    name: optional(200),
    address: optional(400),
    language: optional(100),
  });
  return z.strictObject({
    kind: z.enum(filingKinds),
    cover: z.strictObject({
      filingTitle: field(300),
      respondentName: field(200),
      aNumber: field(20),
      detained: z.boolean(),
      court: field(200),
      judge: optional(200),
      nextHearing: optional(200),
      attorney: z.strictObject({
        name: field(200),
        eoirId: optional(20),
        address: field(400),
        phone: optional(40),
        email: optional(200),
      }),
    }),
    items: z
      .array(
        z.strictObject({
          documentId: z.string().min(1).max(100),
          title: field(200),
          translated: z.boolean(),
          translator,
        }),
      )
      .max(200),
    service: z.strictObject({
      servedOn: field(300),
      address: field(400),
      method: field(200),
      date: field(100),
      signer: field(200),
    }),
    /** MiB; null: one PDF whatever its size. */
    partLimitMiB: z.number().int().min(1).max(500).nullable(),
  });
}

/** A packet being put together: kept as typed, however incomplete. */
export const PacketSetupSchema = setupSchema(text);
export type PacketSetup = z.infer<typeof PacketSetupSchema>;
export type PacketItem = PacketSetup['items'][number];
export type PacketCover = PacketSetup['cover'];
export type ProofOfService = PacketSetup['service'];

export const TranslatorSchema = z.strictObject({
  name: filled(200),
  address: filled(400),
  language: filled(100),
});
export type Translator = z.infer<typeof TranslatorSchema>;

/** A translated item must name its translator: the certificate is signed by that person. */
export function translatorOf(item: PacketItem): Translator | null {
  return item.translated ? TranslatorSchema.parse(item.translator) : null;
}

/** A packet ready to build: the cover, every exhibit and the proof of service filled in. */
export const PacketSetupReadySchema = setupSchema(filled).superRefine((setup, context) => {
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
