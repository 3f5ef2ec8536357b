import type { InterviewTemplateInput } from './template-schema';
import { custodySection, healthSection, releaseSection } from './detained-sections';
import { commonGuidance, traumaGuidance } from './guidance';
import { assessmentSection } from './intake-assessment';
import { arrestsSection, fearSection, harmInUsSection } from './intake-concerns';
import { entriesSection, familySection } from './intake-history';
import { documentsSection, identitySection } from './intake-identity';
import { petitionsSection, priorCasesSection, safeContactSection } from './intake-records';
import { openingSection } from './opening-section';

export const detainedClientV1: InterviewTemplateInput = {
  id: 'detained-client',
  version: 1,
  effectiveDate: '2026-11-27',
  title: { en: 'Detained client', es: 'Cliente detenido' },
  purpose: {
    en: 'Custody facts for the bond path, medical risk for a parole request, and a release plan first; then the first-intake questions.',
    es: 'Primero los datos de la detención para la vía de fianza, el riesgo médico para pedir parole y el plan de salida; después las preguntas de la primera entrevista.',
  },
  guidance: [
    ...commonGuidance,
    traumaGuidance[1]!,
    {
      en: 'Calls from detention may be monitored. Say so, and keep sensitive details for a confidential attorney line or an in-person visit.',
      es: 'Las llamadas desde la detención pueden ser escuchadas. Dígalo, y deje los detalles delicados para una línea confidencial de abogados o una visita en persona.',
    },
  ],
  sections: [
    openingSection,
    custodySection,
    healthSection,
    releaseSection,
    identitySection,
    documentsSection,
    entriesSection,
    familySection,
    fearSection,
    harmInUsSection,
    arrestsSection,
    priorCasesSection,
    petitionsSection,
    safeContactSection,
    assessmentSection,
  ],
};
