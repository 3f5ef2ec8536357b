import type { InterviewTemplateInput } from './template-schema';
import { commonGuidance } from './guidance';
import { openingSection } from './opening-section';
import { q } from './template-builders';

export const cancellationHardshipV1: InterviewTemplateInput = {
  id: 'cancellation-hardship',
  version: 1,
  effectiveDate: '2026-11-27',
  title: { en: 'Cancellation hardship (42B)', es: 'Sufrimiento para la cancelación (42B)' },
  purpose: {
    en: 'For each qualifying relative: health, school and special needs, dependence, whether they would go or stay, and conditions in the return country; then proof of presence for every year.',
    es: 'De cada familiar que califica: salud, escuela y necesidades especiales, dependencia, si se iría o se quedaría, y las condiciones en el país de regreso; después, pruebas de presencia de cada año.',
  },
  guidance: [
    ...commonGuidance,
    {
      en: 'Repeat the relative section for each qualifying relative. A child counts only if still under 21 and unmarried on the decision date: check the age at the next hearing.',
      es: 'Repita la sección del familiar por cada familiar que califica. Un hijo cuenta solo si sigue siendo menor de 21 años y soltero en la fecha de la decisión: revise su edad en la próxima audiencia.',
    },
  ],
  sections: [
    openingSection,
    {
      id: 'relative',
      title: { en: 'Qualifying relative', es: 'Familiar que califica' },
      questions: [
        q(
          'hardship.relative_name',
          'text',
          ["Relative's name and relationship", 'Nombre y parentesco del familiar'],
          [
            'Tell me about your family member: name and how they are related to you.',
            'Hábleme de su familiar: su nombre y qué es de usted.',
          ],
          { caseFields: ['family[].name', 'family[].relation'] },
        ),
        q(
          'hardship.relative_dob',
          'date',
          ["Relative's date of birth", 'Fecha de nacimiento del familiar'],
          ['What is their date of birth?', '¿Cuál es su fecha de nacimiento?'],
          { caseFields: ['family[].dateOfBirth'] },
        ),
        q(
          'hardship.relative_status',
          'choice',
          ["Relative's immigration status", 'Estatus migratorio del familiar'],
          [
            'Is this person a US citizen or a permanent resident?',
            '¿Esta persona es ciudadana o residente permanente?',
          ],
          { caseFields: ['family[].status'] },
          [
            ['usc', 'US citizen', 'Ciudadano'],
            ['lpr', 'Permanent resident', 'Residente permanente'],
            ['other', 'Other', 'Otro'],
            ['unknown', 'Does not know', 'No sabe'],
          ],
        ),
        q(
          'hardship.relative_married',
          'yes_no_unknown',
          ['If a child: is the child married?', 'Si es hijo: ¿está casado?'],
          ['Is your son or daughter married?', '¿Su hijo o hija está casado?'],
          { caseFields: ['family[].married'] },
        ),
        q(
          'hardship.health',
          'long_text',
          ['Health conditions and treatment', 'Enfermedades y tratamiento'],
          [
            'Does your child have any illness or special need? What treatment do they receive?',
            '¿Su hijo o hija tiene alguna enfermedad o necesidad especial? ¿Qué tratamiento recibe?',
          ],
          { caseFields: ['family[].needs'] },
        ),
        q(
          'hardship.school',
          'long_text',
          ['School, special education, language', 'Escuela, educación especial, idioma'],
          [
            'How is your child doing at school? Do they get special help there?',
            '¿Cómo le va a su hijo o hija en la escuela? ¿Recibe ayuda especial allí?',
          ],
        ),
        q(
          'hardship.go_or_stay',
          'long_text',
          [
            'If the client were removed: would the relative go or stay, and with whom?',
            'Si deportaran a su cliente: ¿el familiar se iría o se quedaría, y con quién?',
          ],
          [
            'What would happen to your child if you were deported? Would they go with you or stay here? With whom?',
            '¿Qué le pasaría a su hijo o hija si a usted lo deportaran? ¿Se iría con usted o se quedaría aquí? ¿Con quién?',
          ],
        ),
        q(
          'hardship.support',
          'long_text',
          [
            'Who supports the family, income, emotional dependence',
            'Quién mantiene a la familia, ingresos, dependencia emocional',
          ],
          [
            'Who supports the family? How much do you earn?',
            '¿Quién mantiene a la familia? ¿Cuánto gana usted?',
          ],
        ),
        q(
          'hardship.country_conditions',
          'long_text',
          [
            'Care, schooling and safety the relative would face in the return country',
            'Atención médica, escuela y seguridad que tendría el familiar en el país de regreso',
          ],
          [
            'Could your child get the same medical care and schooling in your country?',
            '¿Podría su hijo o hija recibir la misma atención médica y educación en su país?',
          ],
        ),
      ],
    },
    {
      id: 'presence',
      title: { en: 'Ten years of presence', es: 'Diez años de presencia' },
      questions: [
        q(
          'hardship.presence_proof',
          'long_text',
          [
            'Proof available for each year (leases, pay stubs, taxes, school, medical, church)',
            'Pruebas disponibles de cada año (contratos, talones de pago, impuestos, escuela, médico, iglesia)',
          ],
          [
            'What papers do you have from each year you have lived here, such as receipts, contracts, school or tax papers?',
            '¿Qué papeles tiene de cada año que ha vivido aquí, como recibos, contratos, papeles de la escuela o de impuestos?',
          ],
        ),
        q(
          'hardship.long_trips',
          'long_text',
          [
            'Any trip abroad over 90 days, or trips adding up to more than 180 days',
            'Cualquier viaje al extranjero de más de 90 días, o viajes que sumen más de 180 días',
          ],
          [
            'Since you came, have you left the country? For how long each time?',
            'Desde que llegó, ¿ha salido del país? ¿Por cuánto tiempo cada vez?',
          ],
          { caseFields: ['departures[]'] },
        ),
        q(
          'hardship.moral_character',
          'long_text',
          [
            'Anything affecting good moral character in the period (arrests, false claims, taxes)',
            'Cualquier cosa que afecte la buena conducta moral en el período (arrestos, declaraciones falsas, impuestos)',
          ],
          null,
        ),
      ],
    },
  ],
};
