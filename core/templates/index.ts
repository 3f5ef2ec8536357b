export * from './template-schema';
export {
  getTemplate,
  latestTemplate,
  latestTemplates,
  questionIndex,
  templateIds,
  templateRegistry,
} from './template-registry';
export {
  agreeWording,
  wordingForm,
  wordingMarksValid,
  type WordingForm,
} from './spanish-agreement';
