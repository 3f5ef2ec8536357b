import type { z } from 'zod';
import { AppInfoSchema, EmptyRequestSchema } from './app-schemas';
import type { EventChannel, RequestChannel } from './channels';
import { DeviceSecretSchema, LockRequestedSchema } from './security-schemas';
import { OpenExternalRequestSchema, OpenExternalResponseSchema } from './shell-schemas';

/** Request and response schema of every request channel. Main parses both; requests are strict. */
export const requestContract = {
  'app:get-info': { request: EmptyRequestSchema, response: AppInfoSchema },
  'shell:open-external': {
    request: OpenExternalRequestSchema,
    response: OpenExternalResponseSchema,
  },
  'security:get-device-secret': { request: EmptyRequestSchema, response: DeviceSecretSchema },
} as const satisfies { [C in RequestChannel]: { request: z.ZodType; response: z.ZodType } };

/** Payload schema of every event main sends to the renderer. */
export const eventContract = {
  'security:lock-requested': { payload: LockRequestedSchema },
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
