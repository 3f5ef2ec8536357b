import { agreeWording, type WordingForm } from '@core/templates/spanish-agreement';
import { createContext, useCallback, useContext, type ReactNode } from 'react';

const WordingFormContext = createContext<WordingForm>('neutral');

/** The form template wording takes for this case's client (from the recorded gender). */
export function WordingFormProvider({
  form,
  children,
}: {
  form: WordingForm;
  children: ReactNode;
}) {
  return <WordingFormContext.Provider value={form}>{children}</WordingFormContext.Provider>;
}

/** Resolves `{masculine|feminine|neutral}` marks in template text for this case's client. */
export function useAgree(): (text: string) => string {
  const form = useContext(WordingFormContext);
  return useCallback((text: string) => agreeWording(text, form), [form]);
}
