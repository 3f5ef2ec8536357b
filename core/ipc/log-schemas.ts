import { z } from 'zod';

/**
 * A renderer error as main logs it: its class name, an optional code, and stack frames reduced to
 * `function (file.js:line:column)`. Never the message, which may quote client data.
 */
export const ErrorReportSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z_$][\w$]{0,59}$/),
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_.]{0,59}$/)
    .nullable(),
  frames: z
    .array(z.string().regex(/^[\w$.<>[\] -]{0,120}\([\w.-]{1,100}:\d{1,7}:\d{1,7}\)$/))
    .max(30),
  /** Where it was caught: a window error, an unhandled rejection, or a React error boundary. */
  source: z.enum(['error', 'unhandledrejection', 'boundary']),
});
export type ErrorReport = z.infer<typeof ErrorReportSchema>;

export const ReportErrorResponseSchema = z.strictObject({ logged: z.boolean() });
