/**
 * The filing rules an exhibit packet follows, as law-as-data: each with its citation, the date it
 * is stated as of, and whether it was verified. Shown beside the packet builder; the attorney
 * confirms them against the current Practice Manual and any order of the judge.
 */
import { z } from 'zod';
import { KebabIdSchema, LawMetaShape, LocalizedTextSchema } from '../law/law-schema';

const FilingRuleSchema = z.strictObject({
  id: KebabIdSchema,
  text: LocalizedTextSchema,
  ...LawMetaShape,
});
export type FilingRule = z.infer<typeof FilingRuleSchema>;

const PRACTICE_MANUAL = 'EOIR Policy Manual, Part II (Immigration Court Practice Manual), ch. 3.3';

export const filingRules: readonly FilingRule[] = z.array(FilingRuleSchema).parse([
  {
    id: 'cover-page',
    text: {
      en: 'Every filing has a cover page naming the filing, the respondent and A-number, the court and the next hearing; "DETAINED" at the top for a detained respondent.',
      es: 'Toda presentación lleva una portada con el nombre del escrito, la persona demandada y su número A, el tribunal y la próxima audiencia; "DETAINED" arriba si la persona está detenida.',
    },
    citations: [`${PRACTICE_MANUAL} and Appendix F (sample cover page)`],
    effectiveDate: '2026-12-06',
    verified: false,
  },
  {
    id: 'pagination-index',
    text: {
      en: 'Pages are numbered consecutively, exhibits are tabbed, and an index lists each exhibit with its pages.',
      es: 'Las páginas van numeradas de forma consecutiva, cada prueba lleva su separador y un índice indica las páginas de cada una.',
    },
    citations: [PRACTICE_MANUAL],
    effectiveDate: '2026-12-06',
    verified: false,
  },
  {
    id: 'translation-certificate',
    text: {
      en: 'A foreign-language document needs an English translation and a certificate signed by the translator: competent to translate, and the translation true and accurate.',
      es: 'Un documento en otro idioma necesita traducción al inglés y un certificado firmado por quien tradujo: que es competente para traducir y que la traducción es fiel y exacta.',
    },
    citations: ['8 CFR 1003.33', PRACTICE_MANUAL],
    effectiveDate: '2026-12-06',
    verified: false,
  },
  {
    id: 'proof-of-service',
    text: {
      en: 'A filing is served on DHS (the Office of the Principal Legal Advisor) with a signed proof of service.',
      es: 'La presentación se notifica al DHS (Oficina del Asesor Jurídico Principal) con una constancia de notificación firmada.',
    },
    citations: ['8 CFR 1003.32(a)', PRACTICE_MANUAL],
    effectiveDate: '2026-12-06',
    verified: false,
  },
]);
