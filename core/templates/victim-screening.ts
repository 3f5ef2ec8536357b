import { uVisaCrimeList } from '../law/u-visa-crimes';
import type { InterviewTemplateInput } from './template-schema';
import { commonGuidance, traumaGuidance } from './guidance';
import { openingSection } from './opening-section';
import { fact, q } from './template-builders';

const crimeOptions = uVisaCrimeList.crimes.map(
  (crime) => [crime.id, crime.label.en, crime.label.es] as const,
);
const crimeIds = crimeOptions.map(([id]) => id);

export const victimScreeningV1: InterviewTemplateInput = {
  id: 'victim-screening',
  version: 1,
  effectiveDate: '2026-11-27',
  title: {
    en: 'Victim, trafficking and abuse screening',
    es: 'Evaluación de víctimas, trata y maltrato',
  },
  purpose: {
    en: 'Screen for VAWA, U visa, T visa and SIJS in a safe, trauma-informed way. This is a first screening, not the declaration.',
    es: 'Evaluar VAWA, visa U, visa T y SIJS de forma segura y con atención al trauma. Es una primera evaluación, no la declaración.',
  },
  guidance: [
    ...traumaGuidance,
    ...commonGuidance,
    {
      en: 'Information here is protected by 8 U.S.C. 1367. Mark the case 1367-protected, use only the contact channels the client calls safe, and never contact the abuser.',
      es: 'Esta información está protegida por 8 U.S.C. 1367. Marque el caso como protegido por la 1367, use solo los medios de contacto que su cliente considere seguros y nunca contacte a la persona agresora.',
    },
  ],
  sections: [
    openingSection,
    {
      id: 'safety_first',
      title: { en: 'Safety first', es: 'Primero, su seguridad' },
      intro: {
        en: 'Say why you are asking: some people who were hurt can get protection from immigration. They can skip any question.',
        es: 'Explique por qué pregunta: algunas personas que sufrieron daños pueden recibir protección de inmigración. Puede no contestar cualquier pregunta.',
      },
      questions: [
        q(
          'victim.private',
          'yes_no',
          [
            'The interview is private: no partner, relative or abuser present or listening',
            'La entrevista es privada: sin pareja, familiar ni persona agresora presente o escuchando',
          ],
          [
            'Are you in a place where you can talk freely? Is anyone listening?',
            '¿Está en un lugar donde puede hablar con libertad? ¿Alguien está escuchando?',
          ],
        ),
        q(
          'victim.safe_now',
          'yes_no_unknown',
          ['Is the client safe now?', '¿Su cliente está seguro ahora?'],
          [
            'Are you safe now? Do you need help with a shelter or medical care?',
            '¿Está seguro ahora? ¿Necesita ayuda con un albergue o atención médica?',
          ],
        ),
      ],
    },
    {
      id: 'family_abuse',
      title: { en: 'Harm at home', es: 'Daños en el hogar' },
      questions: [
        q(
          'victim.abuse_at_home',
          'yes_no_unknown',
          [
            "Did a spouse or parent harm, threaten or control the client (money, documents, isolation, threats of deportation), or harm the client's child?",
            '¿Su cónyuge, padre o madre le hizo daño, lo amenazó o lo controló (dinero, documentos, aislamiento, amenazas de deportación), o le hizo daño a su hijo?',
          ],
          [
            'Has anyone you live with, or used to live with, hurt you, threatened you, or kept control of your money or your papers?',
            '¿Alguien con quien vive o vivió le ha hecho daño, lo ha amenazado o le ha controlado su dinero o sus papeles?',
          ],
          { facts: [fact('abusedByFamilyMember')] },
        ),
        q(
          'victim.abuser_status',
          'choice',
          ["That person's immigration status", 'Estatus migratorio de esa persona'],
          [
            'Is that person a US citizen or a permanent resident?',
            '¿Esa persona es ciudadana o residente permanente?',
          ],
          { facts: [fact('abuserUscOrLpr', { trueWhen: ['usc', 'lpr'], falseWhen: ['other'] })] },
          [
            ['usc', 'US citizen', 'Ciudadano'],
            ['lpr', 'Permanent resident', 'Residente permanente'],
            ['other', 'Neither', 'Ninguno de los dos'],
            ['unknown', 'Does not know', 'No sabe'],
          ],
        ),
        q(
          'victim.parent_abuse',
          'yes_no_unknown',
          [
            'Was the client (if under 21) abused, neglected or abandoned by a parent?',
            '¿Su cliente (si es menor de 21 años) sufrió maltrato, negligencia o abandono de su padre o madre?',
          ],
          [
            'Did your father or mother hurt you, fail to take care of you, or leave you?',
            '¿Su papá o su mamá le hizo daño, no lo cuidó o lo abandonó?',
          ],
          { facts: [fact('abusedNeglectedAbandonedByParent')] },
        ),
      ],
    },
    {
      id: 'trafficking',
      title: { en: 'Forced work or sex', es: 'Trabajo o sexo forzado' },
      questions: [
        q(
          'victim.forced_work_sex',
          'yes_no_unknown',
          [
            'Forced or tricked into work or sex through force, fraud, threats or debt (any commercial sex under 18)?',
            '¿Obligado o engañado para trabajar o tener sexo mediante fuerza, fraude, amenazas o deudas (cualquier sexo comercial siendo menor de 18)?',
          ],
          [
            'Did anyone ever force you to work or to have sex, by tricking you, threatening you, or saying you owed them money?',
            '¿Alguna vez alguien lo obligó a trabajar o a tener relaciones sexuales, con engaños, amenazas o diciendo que usted le debía dinero?',
          ],
          { facts: [fact('traffickingIndicators')] },
        ),
      ],
    },
    {
      id: 'crime',
      title: { en: 'Crime in the United States', es: 'Delitos en Estados Unidos' },
      questions: [
        q(
          'victim.crime_victim',
          'yes_no_unknown',
          [
            'Was the client the victim of a crime in the United States?',
            '¿Su cliente fue víctima de un delito en Estados Unidos?',
          ],
          ['Were you the victim of a crime here?', '¿Fue víctima de un delito aquí?'],
          { facts: [fact('crimeVictimInUs')] },
        ),
        q(
          'victim.crime_type',
          'multi_choice',
          [
            'Which crime (U-visa list; "similar activity" counts)',
            'Qué delito (lista de la visa U; cuenta la "actividad similar")',
          ],
          null,
          { facts: [fact('crimeVictimInUs', { trueWhen: crimeIds, falseWhen: ['none'] })] },
          [
            ...crimeOptions,
            ['other', 'Another crime', 'Otro delito'],
            ['none', 'No crime', 'Ningún delito'],
          ],
        ),
        q(
          'victim.helped_police',
          'yes_no_unknown',
          [
            'Reported it, helped the investigation, or willing to help?',
            '¿Lo denunció, ayudó en la investigación o está dispuesto a ayudar?',
          ],
          [
            'Did you call the police or help with the investigation? Would you be willing to help?',
            '¿Llamó a la policía o ayudó en la investigación? ¿Estaría dispuesto a ayudar?',
          ],
          { facts: [fact('helpedLawEnforcement')] },
        ),
        q(
          'victim.report_number',
          'text',
          ['Police report or case number, agency', 'Número de reporte o de caso, y la agencia'],
          ['Do you have the report number?', '¿Tiene el número del reporte?'],
        ),
        q(
          'victim.effects',
          'long_text',
          ['Physical and emotional effects', 'Efectos físicos y emocionales'],
          [
            'How did this affect you, in your body or in your feelings?',
            '¿Cómo le afectó esto, en su cuerpo o en sus emociones?',
          ],
        ),
      ],
    },
    {
      id: 'protection',
      title: { en: 'Protection and referrals', es: 'Protección y referencias' },
      questions: [
        q(
          'victim.mark_1367',
          'yes_no',
          ['Mark this case 1367-protected', 'Marcar este caso como protegido por la 1367'],
          null,
          { caseFields: ['flags.vawaProtected1367'] },
        ),
        q(
          'victim.safe_contact_notes',
          'text',
          [
            'Safe-contact rules (who must not know, times, channels)',
            'Reglas de contacto seguro (quién no debe enterarse, horarios, medios)',
          ],
          [
            'How can we reach you safely? Is there anyone who must not find out we talk?',
            '¿Cómo podemos comunicarnos con usted de forma segura? ¿Hay alguien que no debe saber que hablamos?',
          ],
          { caseFields: ['flags.safeContact.notes'] },
        ),
        q(
          'victim.referrals',
          'multi_choice',
          ['Referrals offered', 'Referencias ofrecidas'],
          [
            'Would help from any of these be useful to you?',
            '¿Le serviría la ayuda de alguno de estos servicios?',
          ],
          {},
          [
            ['shelter', 'Shelter', 'Albergue'],
            ['medical', 'Medical care', 'Atención médica'],
            ['counselling', 'Counselling', 'Consejería'],
            ['none', 'None wanted now', 'Ninguno por ahora'],
          ],
        ),
      ],
    },
  ],
};
