// What a password must be: the server checks it on every path that sets one (accounts,
// key persons, invitations, change and reset) and at login; the console's forms check the
// lengths before sending. Whether it is guessable is the server's (auth/password-policy.ts).

/** The shortest password accepted, in characters. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longer is refused at creation and never accepted at login (argon2 then does no work for it). */
export const MAX_PASSWORD_LENGTH = 128;
