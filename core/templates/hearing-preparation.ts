import type { InterviewTemplateInput } from './template-schema';
import { commonGuidance } from './guidance';
import { openingSection } from './opening-section';
import { fact, q } from './template-builders';

const hearingTypeOptions = [
  ['master', 'Master calendar hearing', 'Audiencia preliminar'],
  ['individual', 'Individual (merits) hearing', 'Audiencia individual (de fondo)'],
  ['bond', 'Bond hearing', 'Audiencia de fianza'],
  ['joseph', 'Joseph hearing', 'Audiencia Joseph'],
] as const;

export const hearingPreparationV1: InterviewTemplateInput = {
  id: 'hearing-preparation',
  version: 1,
  effectiveDate: '2026-11-27',
  title: { en: 'Hearing preparation', es: 'Preparación para la audiencia' },
  purpose: {
    en: 'Prepare the client for the hearing: logistics, who is who, the order of testimony, practice, the declaration line by line, and exhibits.',
    es: 'Preparar a su cliente para la audiencia: logística, quién es quién, el orden del testimonio, práctica, la declaración línea por línea y las pruebas.',
  },
  guidance: [
    ...commonGuidance,
    {
      en: "A contested merits hearing by phone needs the client's consent. Keep exhibits single-sided and unstapled in case they must be faxed.",
      es: 'Una audiencia de fondo impugnada por teléfono requiere el consentimiento de su cliente. Prepare las pruebas por una sola cara y sin grapas por si hay que enviarlas por fax.',
    },
  ],
  sections: [
    openingSection,
    {
      id: 'logistics',
      title: { en: 'The hearing', es: 'La audiencia' },
      questions: [
        q(
          'prep.hearing_type',
          'choice',
          ['Hearing type', 'Tipo de audiencia'],
          null,
          { caseFields: ['hearings[].type'] },
          hearingTypeOptions,
        ),
        q(
          'prep.hearing_format',
          'choice',
          ['Format', 'Formato'],
          null,
          { caseFields: ['hearings[].format'] },
          [
            ['in_person', 'In person', 'En persona'],
            ['video', 'Video (Webex)', 'Por video (Webex)'],
            ['phone', 'Phone', 'Por teléfono'],
          ],
        ),
        q(
          'prep.hearing_date',
          'date',
          ['Date (time is Central)', 'Fecha (la hora es la del Centro)'],
          [
            'Your hearing is on this date. Let us write it down together.',
            'Su audiencia es en esta fecha. Vamos a anotarla juntos.',
          ],
          { caseFields: ['hearings[].date'] },
        ),
        q(
          'prep.call_in',
          'text',
          [
            'Webex or phone details and where the client will be that day',
            'Datos de Webex o del teléfono y dónde estará su cliente ese día',
          ],
          [
            'Do you have the phone number or Webex link, and do you know where you will be that day?',
            '¿Tiene el número de teléfono o el enlace de Webex, y sabe dónde estará ese día?',
          ],
          { caseFields: ['hearings[].callIn'] },
        ),
        q(
          'prep.roles_explained',
          'yes_no',
          [
            'Explained the roles: judge, government attorney, interpreter, your attorney',
            'Se explicaron los papeles: juez, abogado del gobierno, intérprete, su abogado',
          ],
          [
            "In the courtroom there will be the judge, the government's lawyer, an interpreter, and me. The judge decides. The government's lawyer will also ask you questions.",
            'En la sala estarán el juez, el abogado del gobierno, un intérprete y yo. El juez decide. El abogado del gobierno también le hará preguntas.',
          ],
        ),
      ],
    },
    {
      id: 'practice',
      title: { en: 'Practice', es: 'Práctica' },
      questions: [
        q(
          'prep.practice_direct',
          'yes_no',
          ['Practiced direct examination', 'Se practicó el interrogatorio directo'],
          [
            'Now we will practise the questions I will ask you in court.',
            'Ahora vamos a practicar las preguntas que yo le haré en la corte.',
          ],
        ),
        q(
          'prep.practice_cross',
          'yes_no',
          [
            'Practiced cross-examination and questions from the judge',
            'Se practicó el contrainterrogatorio y las preguntas del juez',
          ],
          [
            "Now we will practise questions the judge and the government's lawyer may ask you.",
            'Ahora vamos a practicar preguntas que le pueden hacer el juez y el abogado del gobierno.',
          ],
        ),
        q(
          'prep.dont_understand',
          'yes_no',
          [
            'Practiced saying "I don\'t understand" and "I don\'t remember"',
            'Se practicó decir "no entiendo" y "no me acuerdo"',
          ],
          [
            'If you do not understand a question, say so. If you do not know or do not remember, tell the truth and say that.',
            'Si no entiende una pregunta, dígalo. Si no sabe o no se acuerda, diga la verdad y dígalo así.',
          ],
        ),
      ],
    },
    {
      id: 'review',
      title: { en: 'Declaration, exhibits and pleadings', es: 'Declaración, pruebas y alegatos' },
      questions: [
        q(
          'prep.declaration_reviewed',
          'yes_no',
          [
            "Declaration read back line by line in the client's language",
            'Se leyó la declaración línea por línea en el idioma de su cliente',
          ],
          [
            'We will read your statement together, line by line.',
            'Vamos a leer juntos su declaración, línea por línea.',
          ],
        ),
        q(
          'prep.declaration_corrections',
          'long_text',
          ['Corrections the client wants', 'Correcciones que su cliente quiere hacer'],
          [
            'Is there anything in your statement that is not correct, or that you want to change?',
            '¿Hay algo en su declaración que no sea correcto o que quiera cambiar?',
          ],
        ),
        q(
          'prep.exhibits_ready',
          'yes_no',
          [
            'Exhibits filed and served on time (check the filing deadline)',
            'Pruebas presentadas y entregadas a tiempo (revise el plazo de presentación)',
          ],
          null,
        ),
        q(
          'prep.allegations_disputed',
          'yes_no_unknown',
          ['Is any NTA allegation wrong?', '¿Alguna alegación del NTA está equivocada?'],
          [
            'I will read you what the government says about you. Tell me if anything is wrong: your name, your country, when and how you entered.',
            'Le voy a leer lo que el gobierno dice de usted. Dígame si algo está equivocado: su nombre, su país, cuándo y cómo entró.',
          ],
          { facts: [fact('allegationsDisputed')], caseFields: ['nta.allegations[].pleading'] },
        ),
        q(
          'prep.pleadings_taken',
          'yes_no_unknown',
          ['Have pleadings already been taken?', '¿Ya se presentaron los alegatos?'],
          null,
          {
            facts: [fact('pleadingsOpen', { trueWhen: [false], falseWhen: [true] })],
            caseFields: ['nta.pleadingsClosed'],
          },
        ),
      ],
    },
  ],
};
