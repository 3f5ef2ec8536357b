export * from './template-schema';
export {
  getTemplate,
  latestTemplate,
  questionIndex,
  templateIds,
  templateRegistry,
} from './template-registry';
