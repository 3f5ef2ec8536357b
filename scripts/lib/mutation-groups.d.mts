export interface MutationGroup {
  mutate: string[];
  tests: string[];
}
export const mutationGroups: Record<string, MutationGroup>;
export const notCode: string[];
export function groupOf(file: string): MutationGroup | undefined;
