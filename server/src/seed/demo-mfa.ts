/**
 * The demo's staff (supervisor and admin) use two-step sign-in like real staff, with one
 * published TOTP secret (printed by `npm start`, in the README): add it to any authenticator app,
 * or compute the code from it as the tests do. Like the demo passwords, it is for the demo only.
 */
export const DEMO_TOTP_SECRET = 'AMPARODEMOSTAFFSECRETPUBLISHED22';
