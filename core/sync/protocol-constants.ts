/**
 * Versions and limits of the sync protocol, shared by the server and the laptop's sync engine.
 * `/v1` is additive only: a change that old clients cannot ignore needs a new protocol version.
 */

/** The protocol this build speaks. */
export const PROTOCOL_VERSION = 1;
/** Clients below this are told `upgrade: 'required'` and keep their outbox until they upgrade. */
export const MIN_PROTOCOL_VERSION = 1;
/** Version of the synced document schemas (core/domain); the server accepts this and older. */
export const SYNC_SCHEMA_VERSION = 1;
export const MIN_SCHEMA_VERSION = 1;

const MIB = 1024 * 1024;

/** A client splits its outbox into batches of at most this many mutations... */
export const PUSH_MAX_MUTATIONS = 100;
/** ...and at most this many bytes of JSON. */
export const PUSH_MAX_BYTES = MIB;
/** The server stops reading a push body past this (413 `payload_too_large`). */
export const PUSH_HARD_LIMIT_BYTES = 5 * MIB;

export const PULL_MAX_ROWS = 500;
export const PULL_MAX_BYTES = 2 * MIB;

/**
 * The organisation's default lease (issue 19 #2): sign-in and `hello` extend a device's lease by
 * the organisation's `lease_days`; after it the laptop refuses to unlock until it checks in.
 */
export const LEASE_DAYS = 30;
/** The laptop warns this many days before its lease ends (on Today and at unlock). */
export const LEASE_WARNING_DAYS = 7;
/** Change-log rows (including tombstones) older than this are pruned; older cursors get 410. */
export const CHANGE_RETENTION_DAYS = 365;
