import { z } from 'zod';
import { IsoDateSchema, KebabIdSchema, LawMetaShape, LocalizedTextSchema } from './law-schema';

/**
 * Citizenship at birth abroad (INA 301, 309 and the earlier acts): the law in force on the
 * child's birth date decides what the citizen parent must show. Screening shows the row that
 * applies; the attorney decides whether it is met (`physicalPresenceMet` on the parent).
 */
export const ParentageSchema = z.enum([
  'married-one-citizen',
  'married-both-citizens',
  'unmarried-citizen-mother',
  'unmarried-citizen-father',
]);
export type Parentage = z.infer<typeof ParentageSchema>;

export const TransmissionRuleSchema = z.strictObject({
  id: KebabIdSchema,
  parentage: z.array(ParentageSchema).min(1),
  /** Children born on or after this date (null: no lower limit). */
  bornFrom: IsoDateSchema.nullable(),
  /** Children born on or before this date (null: no upper limit). */
  bornTo: IsoDateSchema.nullable(),
  requirement: LocalizedTextSchema,
  ...LawMetaShape,
});
export type TransmissionRule = z.infer<typeof TransmissionRuleSchema>;

export const TransmissionTableSchema = z.strictObject({
  version: z.number().int().min(1),
  effectiveDate: IsoDateSchema,
  rules: z.array(TransmissionRuleSchema).min(1),
});

const PM = 'https://www.uscis.gov/policy-manual/volume-12-part-h-chapter-3';
const CHARTS = 'USCIS Nationality Charts 1 and 2 (acquisition of citizenship at birth)';
const married = ['married-one-citizen'] as const;

export const transmissionTable = TransmissionTableSchema.parse({
  version: 1,
  effectiveDate: '2026-12-06',
  rules: [
    {
      id: 'married-from-1986',
      parentage: married,
      bornFrom: '1986-11-14',
      bornTo: null,
      requirement: {
        en: 'The citizen parent was physically present in the US for 5 years before the birth, at least 2 of them after turning 14 (INA 301(g)).',
        es: 'El padre o la madre ciudadano estuvo físicamente en EE. UU. 5 años antes del nacimiento, al menos 2 de ellos después de cumplir 14 (INA 301(g)).',
      },
      citations: ['INA 301(g)', PM, CHARTS],
      effectiveDate: '1986-11-14',
      verified: false,
    },
    {
      id: 'married-1952-1986',
      parentage: married,
      bornFrom: '1952-12-24',
      bornTo: '1986-11-13',
      requirement: {
        en: 'The citizen parent was physically present in the US for 10 years before the birth, at least 5 of them after turning 14 (former INA 301(a)(7)).',
        es: 'El padre o la madre ciudadano estuvo físicamente en EE. UU. 10 años antes del nacimiento, al menos 5 de ellos después de cumplir 14 (antigua INA 301(a)(7)).',
      },
      citations: ['former INA 301(a)(7)', PM, CHARTS],
      effectiveDate: '1952-12-24',
      verified: false,
    },
    {
      id: 'married-1941-1952',
      parentage: married,
      bornFrom: '1941-01-13',
      bornTo: '1952-12-23',
      requirement: {
        en: 'The citizen parent resided in the US for 10 years before the birth, at least 5 after turning 16 (Nationality Act of 1940, sec. 201(g)); the child also had retention requirements: check the chart.',
        es: 'El padre o la madre ciudadano residió en EE. UU. 10 años antes del nacimiento, al menos 5 después de cumplir 16 (Ley de Nacionalidad de 1940, sec. 201(g)); además había requisitos de retención para el hijo: revise la tabla.',
      },
      citations: ['Nationality Act of 1940, sec. 201(g)', PM, CHARTS],
      effectiveDate: '1941-01-13',
      verified: false,
    },
    {
      id: 'before-1941',
      parentage: married,
      bornFrom: null,
      bornTo: '1941-01-12',
      requirement: {
        en: 'The citizen parent had resided in the US before the birth (R.S. 1993; for a citizen mother before 1934-05-24, INA 301(h)); retention requirements may apply: check the chart.',
        es: 'El padre o la madre ciudadano había residido en EE. UU. antes del nacimiento (R.S. 1993; para una madre ciudadana antes del 1934-05-24, INA 301(h)); puede haber requisitos de retención: revise la tabla.',
      },
      citations: ['Revised Statutes 1993', 'INA 301(h)', PM, CHARTS],
      effectiveDate: '1934-05-24',
      verified: false,
    },
    {
      id: 'both-parents-citizens',
      parentage: ['married-both-citizens'],
      bornFrom: null,
      bornTo: null,
      requirement: {
        en: 'Both parents were citizens: one of them had a residence in the US before the birth (INA 301(c) and earlier acts).',
        es: 'Ambos padres eran ciudadanos: uno de ellos tuvo residencia en EE. UU. antes del nacimiento (INA 301(c) y leyes anteriores).',
      },
      citations: ['INA 301(c)', PM, CHARTS],
      effectiveDate: '1952-12-24',
      verified: false,
    },
    {
      id: 'unmarried-mother',
      parentage: ['unmarried-citizen-mother'],
      bornFrom: '1952-12-24',
      bornTo: null,
      requirement: {
        en: 'A citizen mother not married to the father: 1 year of continuous physical presence in the US before the birth (INA 309(c)); after Sessions v. Morales-Santana (2017) the general 301(g) rule applies to births from 2017-06-12: check which.',
        es: 'Madre ciudadana no casada con el padre: 1 año de presencia física continua en EE. UU. antes del nacimiento (INA 309(c)); después de Sessions v. Morales-Santana (2017) se aplica la regla general de la 301(g) a nacimientos desde el 2017-06-12: revise cuál.',
      },
      citations: ['INA 309(c)', 'Sessions v. Morales-Santana, 582 U.S. 47 (2017)', PM, CHARTS],
      effectiveDate: '1952-12-24',
      verified: false,
    },
    {
      id: 'unmarried-father',
      parentage: ['unmarried-citizen-father'],
      bornFrom: null,
      bornTo: null,
      requirement: {
        en: 'A citizen father not married to the mother: the presence rule for the birth date (as for married parents) plus legitimation or acknowledgment (for births from 1986-11-14: blood relationship, a written promise of support until 18, and legitimation, acknowledgment or a court order before 18; INA 309(a)).',
        es: 'Padre ciudadano no casado con la madre: la regla de presencia para la fecha de nacimiento (como para padres casados) más la legitimación o el reconocimiento (para nacimientos desde el 1986-11-14: vínculo de sangre, compromiso escrito de manutención hasta los 18, y legitimación, reconocimiento u orden judicial antes de los 18; INA 309(a)).',
      },
      citations: ['INA 309(a)', PM, CHARTS],
      effectiveDate: '1952-12-24',
      verified: false,
    },
  ],
});

/** The rules that apply to a birth on `birthDate` (every rule when the parentage is unknown). */
export function transmissionRulesFor(
  birthDate: string,
  parentage: readonly Parentage[],
): TransmissionRule[] {
  return transmissionTable.rules.filter(
    (rule) =>
      rule.parentage.some((p) => parentage.includes(p)) &&
      (rule.bornFrom === null || birthDate >= rule.bornFrom) &&
      (rule.bornTo === null || birthDate <= rule.bornTo),
  );
}
