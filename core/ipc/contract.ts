import type { z } from 'zod';
import { AppInfoSchema, EmptyRequestSchema } from './app-schemas';
import { OrganisationSignInRequestSchema, OrganisationSignInResponseSchema } from './auth-schemas';
import type { EventChannel, RequestChannel } from './channels';
import { SavedResponseSchema, SaveFileRequestSchema, SavePdfRequestSchema } from './file-schemas';
import { ErrorReportSchema, ReportErrorResponseSchema } from './log-schemas';
import { MenuActionInvokedSchema, MenuStateSchema, OkResponseSchema } from './menu-schemas';
import {
  ReminderClickedSchema,
  ScheduleRemindersRequestSchema,
  ScheduleRemindersResponseSchema,
} from './reminder-schemas';
import {
  DeviceSecretSchema,
  FlushReportSchema,
  FlushRequestedSchema,
  LockRequestedSchema,
} from './security-schemas';
import { OpenExternalRequestSchema, OpenExternalResponseSchema } from './shell-schemas';
import {
  InstallUpdateRequestSchema,
  InstallUpdateResponseSchema,
  UpdateStatusSchema,
} from './update-schemas';

/** Request and response schema of every request channel. Main parses both; requests are strict. */
export const requestContract = {
  'app:get-info': { request: EmptyRequestSchema, response: AppInfoSchema },
  'app:request-quit': { request: EmptyRequestSchema, response: OkResponseSchema },
  'shell:open-external': {
    request: OpenExternalRequestSchema,
    response: OpenExternalResponseSchema,
  },
  'security:get-device-secret': { request: EmptyRequestSchema, response: DeviceSecretSchema },
  'security:request-lock': { request: EmptyRequestSchema, response: OkResponseSchema },
  'session:report-flush': { request: FlushReportSchema, response: OkResponseSchema },
  'menu:update-state': { request: MenuStateSchema, response: OkResponseSchema },
  'reminders:schedule': {
    request: ScheduleRemindersRequestSchema,
    response: ScheduleRemindersResponseSchema,
  },
  'print:save-pdf': { request: SavePdfRequestSchema, response: SavedResponseSchema },
  'files:save': { request: SaveFileRequestSchema, response: SavedResponseSchema },
  'log:report-error': { request: ErrorReportSchema, response: ReportErrorResponseSchema },
  'updates:get-status': { request: EmptyRequestSchema, response: UpdateStatusSchema },
  'updates:install-update': {
    request: InstallUpdateRequestSchema,
    response: InstallUpdateResponseSchema,
  },
  'auth:sign-in-organisation': {
    request: OrganisationSignInRequestSchema,
    response: OrganisationSignInResponseSchema,
  },
} as const satisfies { [C in RequestChannel]: { request: z.ZodType; response: z.ZodType } };

/** Payload schema of every event main sends to the renderer. */
export const eventContract = {
  'security:lock-requested': { payload: LockRequestedSchema },
  'session:flush-requested': { payload: FlushRequestedSchema },
  'menu:action-invoked': { payload: MenuActionInvokedSchema },
  'reminders:reminder-clicked': { payload: ReminderClickedSchema },
  'updates:status-changed': { payload: UpdateStatusSchema },
} as const satisfies { [C in EventChannel]: { payload: z.ZodType } };

/** What the renderer passes in. */
export type IpcRequest<C extends RequestChannel> = z.input<(typeof requestContract)[C]['request']>;
/** What a main-process handler receives after parsing. */
export type IpcParsedRequest<C extends RequestChannel> = z.output<
  (typeof requestContract)[C]['request']
>;
export type IpcResponse<C extends RequestChannel> = z.output<
  (typeof requestContract)[C]['response']
>;
export type IpcEventPayload<C extends EventChannel> = z.output<
  (typeof eventContract)[C]['payload']
>;
