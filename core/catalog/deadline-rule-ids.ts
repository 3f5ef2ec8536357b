/**
 * Deadline rules the catalog may point to. The calculator in core/deadlines implements them; this
 * list is the contract between the two, checked by the catalog tests.
 */
export const deadlineRuleIds = [
  'asylum-one-year',
  'bia-appeal',
  'motion-to-reopen',
  'motion-to-reconsider',
  'motion-to-reopen-in-absentia',
  'petition-for-review',
  'bia-motion-to-reopen',
  'bia-motion-to-reconsider',
  'eoir-33',
  'ar-11',
  'voluntary-departure',
  'vd-bond',
  'pre-hearing-filing',
  'bond-appeal',
  'cancellation-42b-clock',
  'cancellation-42a-clock',
  'vawa-cancellation-clock',
] as const;

export type DeadlineRuleId = (typeof deadlineRuleIds)[number];
