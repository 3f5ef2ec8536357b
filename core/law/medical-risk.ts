import { z } from 'zod';
import { IsoDateSchema, KebabIdSchema, LawMetaShape, LocalizedTextSchema } from './law-schema';

/**
 * COVID-era medical-risk lists. Historic: the Fraihat injunction was reversed in 2021 and the CDC
 * list dates from 2020. They stay useful as evidence of medical vulnerability in parole and bond
 * requests, and the UI must label them as historic.
 */
export const MedicalRiskSourceSchema = z.enum(['fraihat', 'cdc-increased', 'cdc-might']);
export type MedicalRiskSource = z.infer<typeof MedicalRiskSourceSchema>;

export const MedicalRiskConditionSchema = z.strictObject({
  id: KebabIdSchema,
  label: LocalizedTextSchema,
  sources: z.array(MedicalRiskSourceSchema).min(1),
});
export type MedicalRiskCondition = z.infer<typeof MedicalRiskConditionSchema>;

export const MedicalRiskListSchema = z.strictObject({
  version: z.number().int().min(1),
  historic: z.literal(true),
  banner: LocalizedTextSchema,
  sourceDescriptions: z.record(
    MedicalRiskSourceSchema,
    z.strictObject({ label: LocalizedTextSchema, date: IsoDateSchema }),
  ),
  conditions: z.array(MedicalRiskConditionSchema).min(1),
  ...LawMetaShape,
});
export type MedicalRiskList = z.infer<typeof MedicalRiskListSchema>;

type Row = [id: string, en: string, es: string, sources: MedicalRiskSource[]];

const rows: Row[] = [
  ['age-over-55', 'Age over 55', 'Mayor de 55 años', ['fraihat']],
  ['pregnancy', 'Pregnancy', 'Embarazo', ['fraihat', 'cdc-might']],
  [
    'heart-disease',
    'Heart disease (heart failure, past heart attack or heart surgery)',
    'Enfermedad del corazón (insuficiencia cardíaca, infarto o cirugía del corazón)',
    ['fraihat', 'cdc-increased'],
  ],
  ['high-blood-pressure', 'High blood pressure', 'Presión alta', ['fraihat', 'cdc-might']],
  [
    'chronic-lung-disease',
    'Chronic lung disease (asthma, COPD, bronchitis, emphysema)',
    'Enfermedad crónica de los pulmones (asma, EPOC, bronquitis, enfisema)',
    ['fraihat', 'cdc-increased', 'cdc-might'],
  ],
  [
    'diabetes',
    'Diabetes (type 1 or 2)',
    'Diabetes (tipo 1 o 2)',
    ['fraihat', 'cdc-increased', 'cdc-might'],
  ],
  ['cancer', 'Cancer', 'Cáncer', ['fraihat']],
  ['liver-disease', 'Liver disease', 'Enfermedad del hígado', ['fraihat', 'cdc-might']],
  ['kidney-disease', 'Kidney disease', 'Enfermedad de los riñones', ['fraihat', 'cdc-increased']],
  [
    'autoimmune-disease',
    'Autoimmune disease (psoriasis, rheumatoid arthritis, lupus)',
    'Enfermedad autoinmune (psoriasis, artritis reumatoide, lupus)',
    ['fraihat'],
  ],
  [
    'severe-psychiatric-illness',
    'Severe psychiatric illness',
    'Enfermedad mental grave',
    ['fraihat'],
  ],
  [
    'transplant-or-immunocompromise',
    'Organ transplant or weakened immune system',
    'Trasplante de órgano o defensas bajas',
    ['fraihat', 'cdc-increased', 'cdc-might'],
  ],
  ['hiv', 'HIV/AIDS', 'VIH/sida', ['fraihat', 'cdc-might']],
  ['disability', 'Disability', 'Discapacidad', ['fraihat']],
  [
    'obesity',
    'Obesity (BMI 30 or more)',
    'Obesidad (índice de masa corporal de 30 o más)',
    ['cdc-increased'],
  ],
  ['sickle-cell', 'Sickle cell disease', 'Anemia falciforme', ['cdc-increased']],
  [
    'cerebrovascular-disease',
    'Stroke or other cerebrovascular disease',
    'Derrame cerebral u otra enfermedad cerebrovascular',
    ['cdc-might'],
  ],
  ['cystic-fibrosis', 'Cystic fibrosis', 'Fibrosis quística', ['cdc-might']],
  ['dementia', 'Dementia', 'Demencia', ['cdc-might']],
  ['pulmonary-fibrosis', 'Pulmonary fibrosis', 'Fibrosis pulmonar', ['cdc-might']],
  ['smoking', 'Smoking', 'Fuma', ['cdc-might']],
  ['thalassemia', 'Thalassemia', 'Talasemia', ['cdc-might']],
];

export const medicalRiskList: MedicalRiskList = MedicalRiskListSchema.parse({
  version: 1,
  historic: true,
  banner: {
    en: 'Historic lists from 2020 (COVID-19). Use them to describe medical risk, not as a legal test: the Fraihat injunction was reversed in 2021.',
    es: 'Listas históricas de 2020 (COVID-19). Sirven para describir el riesgo médico, no como requisito legal: la orden judicial de Fraihat fue revocada en 2021.',
  },
  sourceDescriptions: {
    fraihat: {
      label: {
        en: 'Fraihat v. ICE risk subclass (C.D. Cal. 2020-04-20; reversed 16 F.4th 613, 9th Cir. 2021-10-20)',
        es: 'Subclase de riesgo de Fraihat v. ICE (C.D. Cal. 2020-04-20; revocada 16 F.4th 613, 9.º Circuito 2021-10-20)',
      },
      date: '2020-04-20',
    },
    'cdc-increased': {
      label: { en: 'CDC 2020: at increased risk', es: 'CDC 2020: con mayor riesgo' },
      date: '2020-06-25',
    },
    'cdc-might': {
      label: {
        en: 'CDC 2020: might be at increased risk',
        es: 'CDC 2020: podría tener mayor riesgo',
      },
      date: '2020-06-25',
    },
  },
  conditions: rows.map(([id, en, es, sources]) => ({ id, label: { en, es }, sources })),
  citations: [
    "Fraihat v. ICE (C.D. Cal. 2020-04-20), rev'd 16 F.4th 613 (9th Cir. 2021-10-20)",
    'http://casetext.com/case/fraihat-v-us-immigration-customs-enft-1',
    'https://internetandpsychiatry.com/wp/?p=2444',
  ],
  effectiveDate: '2020-06-25',
  verified: true,
  notes: [
    {
      date: '2021-10-20',
      text: {
        en: 'The Ninth Circuit reversed the Fraihat preliminary injunction and vacated the orders that depended on it.',
        es: 'El Noveno Circuito revocó la orden preliminar de Fraihat y anuló las órdenes que dependían de ella.',
      },
      citations: ['Fraihat v. ICE, 16 F.4th 613 (9th Cir. 2021)'],
      verified: true,
    },
  ],
});

export const medicalRiskConditionIds: readonly string[] = medicalRiskList.conditions.map(
  (c) => c.id,
);
