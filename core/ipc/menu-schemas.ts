import { z } from 'zod';
import { appActionIds } from '../actions/action-registry';

export const UiLanguageSchema = z.enum(['en', 'es']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** What main needs to label and enable menu items: the UI language and whether a case is open. */
export const MenuStateSchema = z.strictObject({
  language: UiLanguageSchema,
  hasOpenCase: z.boolean(),
});
export type MenuState = z.infer<typeof MenuStateSchema>;

/** A menu item was chosen; the renderer runs the action as if it came from its command list. */
export const MenuActionInvokedSchema = z.strictObject({ actionId: z.enum(appActionIds) });
export type MenuActionInvoked = z.infer<typeof MenuActionInvokedSchema>;

export const OkResponseSchema = z.strictObject({ ok: z.literal(true) });
export type OkResponse = z.infer<typeof OkResponseSchema>;
