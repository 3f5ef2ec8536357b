export * from './template-schema';
export {
  getTemplate,
  latestTemplate,
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
