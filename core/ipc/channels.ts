/**
 * Every IPC channel, by name. This file has no zod so that the sandboxed preload can import it without
 * bundling the schemas (validation happens in main).
 *
 * Names are `feature:verb-noun` (or `feature:verb` where the feature names the object, as in
 * `files:save`); events are `feature:noun-event`.
 *
 * To add a channel: add its name here, its schemas in `contract.ts` (the compiler insists), and one
 * handler file in `electron/main/ipc/`. The preload and the `AmparoBridge` type follow from the name:
 * `feature:verb-noun` becomes `amparo.feature.verbNoun(request)`, and the event
 * `feature:noun-changed` becomes `amparo.feature.onNounChanged(listener)`.
 */
export const requestChannels = [
  'app:get-info',
  'app:request-quit',
  'shell:open-external',
  'security:get-device-secret',
  'security:request-lock',
  'session:report-flush',
  'menu:update-state',
  'reminders:schedule',
  'print:save-pdf',
  'files:save',
  'log:report-error',
  'updates:get-status',
  'updates:install-update',
  'auth:sign-in-organisation',
] as const;

/** The name under which the preload exposes the bridge: `window.amparo`. */
export const bridgeGlobalName = 'amparo';

/** Events sent by main to the renderer. */
export const eventChannels = [
  'security:lock-requested',
  'session:flush-requested',
  'menu:action-invoked',
  'reminders:reminder-clicked',
  'updates:status-changed',
] as const;

export type RequestChannel = (typeof requestChannels)[number];
export type EventChannel = (typeof eventChannels)[number];
export type Channel = RequestChannel | EventChannel;

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<KebabToCamel<Tail>>}`
  : S;

export type FeatureOf<C extends string> = C extends `${infer F}:${string}` ? F : never;
type ActionOf<C extends string> = C extends `${string}:${infer A}` ? A : never;
export type RequestMethodOf<C extends string> = KebabToCamel<ActionOf<C>>;
export type EventMethodOf<C extends string> = `on${Capitalize<KebabToCamel<ActionOf<C>>>}`;

/** `feature:verb-noun`, or a bare verb where the feature already names the object (`files:save`). */
export const channelNamePattern = /^[a-z]+:[a-z]+(?:-[a-z]+)*$/;

function kebabToCamel(value: string): string {
  return value.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function splitChannel(channel: string): { feature: string; action: string } {
  if (!channelNamePattern.test(channel)) throw new Error(`invalid channel name: ${channel}`);
  const [feature = '', action = ''] = channel.split(':');
  return { feature, action };
}

/** Where a request channel sits on `window.amparo`: `shell:open-external` → shell.openExternal. */
export function requestMethodPath(channel: RequestChannel): { feature: string; method: string } {
  const { feature, action } = splitChannel(channel);
  return { feature, method: kebabToCamel(action) };
}

/** Where an event channel sits: `security:lock-requested` → security.onLockRequested. */
export function eventMethodPath(channel: EventChannel): { feature: string; method: string } {
  const { feature, action } = splitChannel(channel);
  const camel = kebabToCamel(action);
  return { feature, method: `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}` };
}
