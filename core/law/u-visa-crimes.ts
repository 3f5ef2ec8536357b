import { z } from 'zod';
import { KebabIdSchema, LawMetaShape, LocalizedTextSchema } from './law-schema';

/** Qualifying criminal activity for the U visa (INA 101(a)(15)(U)(iii); 8 CFR 214.14(a)(9)). */
export const UVisaCrimeSchema = z.strictObject({
  id: KebabIdSchema,
  label: LocalizedTextSchema,
  verified: z.boolean(),
});
export type UVisaCrime = z.infer<typeof UVisaCrimeSchema>;

export const UVisaCrimeListSchema = z.strictObject({
  version: z.number().int().min(1),
  crimes: z.array(UVisaCrimeSchema).min(1),
  ...LawMetaShape,
});
export type UVisaCrimeList = z.infer<typeof UVisaCrimeListSchema>;

type Row = [id: string, en: string, es: string, verified?: boolean];

const rows: Row[] = [
  ['abduction', 'Abduction', 'Rapto'],
  ['abusive-sexual-contact', 'Abusive sexual contact', 'Contacto sexual abusivo'],
  ['blackmail', 'Blackmail', 'Chantaje'],
  ['domestic-violence', 'Domestic violence', 'Violencia doméstica'],
  ['extortion', 'Extortion', 'Extorsión'],
  ['false-imprisonment', 'False imprisonment', 'Encierro ilegal'],
  ['felonious-assault', 'Felonious assault', 'Agresión grave'],
  ['female-genital-mutilation', 'Female genital mutilation', 'Mutilación genital femenina'],
  [
    'fraud-foreign-labor-contracting',
    'Fraud in foreign labor contracting',
    'Fraude en la contratación de trabajadores extranjeros',
    false,
  ],
  ['hostage', 'Being held hostage', 'Toma de rehenes'],
  ['incest', 'Incest', 'Incesto'],
  ['involuntary-servitude', 'Involuntary servitude', 'Servidumbre involuntaria'],
  ['kidnapping', 'Kidnapping', 'Secuestro'],
  ['manslaughter', 'Manslaughter', 'Homicidio involuntario'],
  ['murder', 'Murder', 'Asesinato'],
  ['obstruction-of-justice', 'Obstruction of justice', 'Obstrucción de la justicia'],
  ['peonage', 'Peonage', 'Peonaje (trabajo forzado por deudas)'],
  ['perjury', 'Perjury', 'Perjurio'],
  ['prostitution', 'Prostitution', 'Prostitución'],
  ['rape', 'Rape', 'Violación'],
  ['sexual-assault', 'Sexual assault', 'Agresión sexual'],
  ['sexual-exploitation', 'Sexual exploitation', 'Explotación sexual'],
  ['slave-trade', 'Slave trade', 'Trata de esclavos'],
  ['stalking', 'Stalking', 'Acecho'],
  ['torture', 'Torture', 'Tortura'],
  ['trafficking', 'Trafficking', 'Trata de personas'],
  ['unlawful-criminal-restraint', 'Unlawful criminal restraint', 'Privación ilegal de la libertad'],
  ['witness-tampering', 'Witness tampering', 'Intimidación o manipulación de testigos'],
  [
    'attempt-conspiracy-solicitation',
    'Attempt, conspiracy or solicitation to commit any of these',
    'Intento, conspiración o incitación para cometer cualquiera de estos delitos',
  ],
  [
    'similar-activity',
    'Similar activity (elements substantially similar to a listed crime)',
    'Actividad similar (con elementos muy parecidos a un delito de la lista)',
  ],
];

export const uVisaCrimeList: UVisaCrimeList = UVisaCrimeListSchema.parse({
  version: 1,
  crimes: rows.map(([id, en, es, verified = true]) => ({ id, label: { en, es }, verified })),
  citations: [
    'INA 101(a)(15)(U)(iii)',
    '8 CFR 214.14(a)(9)',
    'https://www.galegalgroup.com/Practice-Areas/Immigration/Victim-of-Crime.aspx',
    'Stalking added by VAWA 2013 (Pub. L. 113-4), https://www.everycrsreport.com/reports/R42477.html',
  ],
  effectiveDate: '2013-03-07',
  verified: true,
  notes: [
    {
      date: '2026-11-27',
      text: {
        en: 'Fraud in foreign labor contracting (18 U.S.C. 1351) is believed to be listed in the statute but was not confirmed by the fact-check.',
        es: 'Se cree que el fraude en la contratación de trabajadores extranjeros (18 U.S.C. 1351) está en la ley, pero la verificación no lo confirmó.',
      },
      citations: ['INA 101(a)(15)(U)(iii)'],
      verified: false,
    },
  ],
});

export const uVisaCrimeIds: readonly string[] = uVisaCrimeList.crimes.map((crime) => crime.id);
