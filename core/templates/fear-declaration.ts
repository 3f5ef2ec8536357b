import type { InterviewTemplateInput } from './template-schema';
import { commonGuidance, traumaGuidance } from './guidance';
import { openingSection } from './opening-section';
import { fact, q } from './template-builders';

export const fearDeclarationV1: InterviewTemplateInput = {
  id: 'fear-declaration',
  version: 1,
  effectiveDate: '2026-11-27',
  title: { en: 'Persecution and fear (declaration)', es: 'Persecución y miedo (declaración)' },
  purpose: {
    en: 'Build the chronology for asylum, withholding and CAT: each harm, who did it and why, state protection, relocation, future fear and evidence.',
    es: 'Armar la cronología para asilo, suspensión de la deportación y CAT: cada daño, quién lo hizo y por qué, protección del Estado, reubicación, miedo futuro y pruebas.',
  },
  guidance: [
    ...commonGuidance,
    ...traumaGuidance,
    {
      en: 'This information is asylum-confidential. Mark the case asylum-protected and never contact the feared government or anyone the client fears.',
      es: 'Esta información es confidencial por ser de asilo. Marque el caso como protegido por asilo y nunca contacte al gobierno ni a nadie a quien su cliente tema.',
    },
  ],
  sections: [
    openingSection,
    {
      id: 'chronology',
      title: { en: 'What happened', es: 'Lo que pasó' },
      intro: {
        en: 'Go event by event, in order. For each harm: who, what, when, where, injuries, witnesses.',
        es: 'Vaya hecho por hecho, en orden. De cada daño: quién, qué, cuándo, dónde, heridas, testigos.',
      },
      questions: [
        q(
          'fear.who',
          'long_text',
          [
            'Who harmed or threatened the client, and how the client knows who they were',
            'Quién le hizo daño o amenazó a su cliente, y cómo sabe quiénes eran',
          ],
          [
            'Who hurt you or threatened you? How do you know who they were?',
            '¿Quién le hizo daño o lo amenazó? ¿Cómo sabe quiénes eran?',
          ],
        ),
        q(
          'fear.what_happened',
          'long_text',
          [
            'Each harm: what, when, where, injuries, witnesses',
            'Cada daño: qué, cuándo, dónde, heridas, testigos',
          ],
          [
            'What happened, exactly? When and where? Were you hurt?',
            '¿Qué pasó exactamente? ¿Cuándo y dónde? ¿Quedó herido?',
          ],
        ),
        q(
          'fear.harmed_before',
          'yes_no_unknown',
          ['Was the client harmed or threatened?', '¿Su cliente sufrió daños o amenazas?'],
          [
            'Did anyone hurt you or threaten you before you left?',
            '¿Alguien le hizo daño o lo amenazó antes de que saliera?',
          ],
          { facts: [fact('pastHarm')] },
        ),
        q(
          'fear.officials_involved',
          'yes_no_unknown',
          [
            'Were police, soldiers or other officials involved, or did they allow it or look away?',
            '¿Participaron policías, soldados u otros funcionarios, o lo permitieron o se hicieron de la vista gorda?',
          ],
          [
            'Were the police or any authorities involved? Did they know and do nothing?',
            '¿Participó la policía o alguna autoridad? ¿Sabían lo que pasaba y no hicieron nada?',
          ],
          { facts: [fact('fearOfOfficials')] },
        ),
      ],
    },
    {
      id: 'reasons',
      title: { en: 'Why, protection and relocation', es: 'Por qué, protección y reubicación' },
      questions: [
        q(
          'fear.motive',
          'long_text',
          [
            'Why the client believes they were targeted; any words showing motive (nexus)',
            'Por qué su cliente cree que lo atacaron; cualquier palabra que muestre el motivo (nexo)',
          ],
          [
            'Why do you think they attacked you? Did they say anything about why?',
            '¿Por qué cree que lo atacaron? ¿Le dijeron algo sobre el motivo?',
          ],
        ),
        q(
          'fear.reported',
          'long_text',
          [
            'Reported to police or authorities, and what they did; if not, why not',
            'Si lo denunció a la policía o a las autoridades y qué hicieron; si no, por qué no',
          ],
          [
            'Did you report what happened to the police or to the authorities? What did they do? If you did not report it, why not?',
            '¿Denunció lo que pasó a la policía o a las autoridades? ¿Qué hicieron? Si no lo denunció, ¿por qué no?',
          ],
        ),
        q(
          'fear.relocation',
          'long_text',
          [
            'Could the client live safely elsewhere in the country? Why not?',
            '¿Podría su cliente vivir seguro en otra parte del país? ¿Por qué no?',
          ],
          [
            'Could you live safely in another part of your country? Why not?',
            '¿Podría vivir seguro en otra parte de su país? ¿Por qué no?',
          ],
        ),
        q(
          'fear.future',
          'long_text',
          [
            'What the client believes would happen on return, and who would look for them',
            'Qué cree su cliente que pasaría si regresa y quién lo buscaría',
          ],
          [
            'What do you think would happen if you went back? Who would look for you?',
            '¿Qué cree que pasaría si regresa? ¿Quién lo buscaría?',
          ],
        ),
        q(
          'fear.afraid_now',
          'yes_no_unknown',
          ['Is the client afraid to return?', '¿Su cliente tiene miedo de regresar?'],
          ['Are you afraid to go back?', '¿Tiene miedo de regresar?'],
          { facts: [fact('fearOfReturn')] },
        ),
      ],
    },
    {
      id: 'timing',
      title: { en: 'Dates and the one-year deadline', es: 'Fechas y el plazo de un año' },
      questions: [
        q(
          'fear.last_arrival',
          'date',
          ['Confirm the last arrival date', 'Confirme la fecha de la última llegada'],
          [
            'On what date did you last arrive in the United States?',
            '¿En qué fecha llegó por última vez a Estados Unidos?',
          ],
          { facts: [fact('lastArrivalDate')], caseFields: ['entries[].date'] },
        ),
        q(
          'fear.third_countries',
          'long_text',
          [
            'Countries passed through or lived in on the way, and any status offered there',
            'Países por los que pasó o en los que vivió en el camino, y si le ofrecieron algún estatus',
          ],
          [
            'Did you live in or pass through other countries on the way? Were you offered papers to stay there?',
            '¿Vivió en otros países o pasó por ellos en el camino? ¿Le ofrecieron papeles para quedarse allí?',
          ],
        ),
        q(
          'fear.one_year_exception',
          'yes_no_unknown',
          [
            'If more than a year has passed: changed or extraordinary circumstances (new danger, illness, trauma, recent loss of status, being a minor)?',
            'Si pasó más de un año: ¿circunstancias cambiadas o extraordinarias (nuevo peligro, enfermedad, trauma, pérdida reciente de estatus, ser menor de edad)?',
          ],
          null,
          { facts: [fact('oneYearException')] },
        ),
        q(
          'fear.unaccompanied_child',
          'yes_no_unknown',
          [
            'Was the client an unaccompanied child (under 18, no parent or guardian available) when filing?',
            '¿Su cliente era menor no acompañado (menor de 18 años, sin padre, madre ni tutor disponible) al presentar?',
          ],
          null,
          { facts: [fact('unaccompaniedChild')] },
        ),
      ],
    },
    {
      id: 'evidence',
      title: { en: 'Evidence', es: 'Pruebas' },
      questions: [
        q(
          'fear.evidence',
          'long_text',
          [
            'Documents, photos, messages, medical records or witnesses, and who holds them',
            'Documentos, fotos, mensajes, expedientes médicos o testigos, y quién los tiene',
          ],
          [
            'Are there documents, photos, messages or people who can confirm what happened?',
            '¿Hay documentos, fotos, mensajes o personas que puedan confirmar lo que pasó?',
          ],
        ),
        q(
          'fear.mark_asylum_protected',
          'yes_no',
          ['Mark this case asylum-protected', 'Marcar este caso como protegido por asilo'],
          null,
          { caseFields: ['flags.asylumProtected'] },
        ),
      ],
    },
  ],
};
