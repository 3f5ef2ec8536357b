import type { InterviewTemplateInput } from './template-schema';
import { commonGuidance } from './guidance';
import { assessmentSection } from './intake-assessment';
import { arrestsSection, fearSection, harmInUsSection } from './intake-concerns';
import { entriesSection, familySection } from './intake-history';
import { documentsSection, identitySection } from './intake-identity';
import { petitionsSection, priorCasesSection, safeContactSection } from './intake-records';
import { openingSection } from './opening-section';

export const firstIntakeV1: InterviewTemplateInput = {
  id: 'first-intake',
  version: 1,
  effectiveDate: '2026-11-27',
  title: { en: 'First intake', es: 'Primera entrevista' },
  purpose: {
    en: 'Collect the facts every screening rule needs, and spot citizenship, fear, victimization and criminal issues early.',
    es: 'Reunir los datos que necesita cada regla de evaluación y detectar pronto temas de ciudadanía, miedo, victimización y antecedentes penales.',
  },
  guidance: commonGuidance,
  sections: [
    openingSection,
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
