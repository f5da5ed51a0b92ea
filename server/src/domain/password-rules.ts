// What a password must be: the server checks it on every path that sets one (accounts,
// key persons, invitations); the console's forms check the same before sending.

/** The shortest password accepted, in characters. */
export const MIN_PASSWORD_LENGTH = 10;
