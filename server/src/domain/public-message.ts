// A message from a visitor of the public map to a listed key person (issue 19): the
// rules, pure. The service (public-map/public-message.service.ts) gathers the facts.
// The key person's address never leaves the server: the message goes through the outbox.

import type { Refusal } from "./reasons";

/** The message itself: at least this many characters (a greeting alone tells nothing), at most … */
export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 2000;
/** Web links in a message: spam is mostly links; a newcomer rarely needs more than one. */
export const MESSAGE_MAX_LINKS = 1;
/** The sender's own e-mail address or phone number, for the reply. */
export const REPLY_MAX = 120;
/** A form filled in faster than this was not filled in by a person. */
export const MIN_FILL_SECONDS = 3;
/** A form token is good this long after the form was opened. */
export const FORM_VALID_SECONDS = 2 * 60 * 60;

/** How often: per client address per hour, and per key person per day (both in PostgreSQL, every replica counts). */
export interface MessageLimits {
  perClientPerHour: number;
  perKeyPersonPerDay: number;
}

/** A sent message's text is erased from the outbox this many days after it was delivered … */
export const KEEP_SENT_DAYS = 7;
/** … and one that could not be delivered (no mail server, refused) this many days after it was written. */
export const KEEP_UNSENT_DAYS = 30;

export type ReplyChannel = "EMAIL" | "PHONE";

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|info|ru|xyz|top|link|click|nl|io|biz)\b(?:\/\S*)?/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

/** Control characters other than line breaks and tabs, and the bidi overrides that can disguise text. */
// eslint-disable-next-line no-control-regex -- removing them is the point
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** The message as it is delivered: those characters dropped, line breaks kept. */
export function cleanMessage(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(UNWANTED, "").trim();
}

export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{8,20}$/;

export interface MessageDraft {
  message: string;
  channel: ReplyChannel;
  reply: string;
  /** The honeypot: a field people do not see, bots fill in. */
  trap: string;
}

/** The first problem with what the visitor filled in, or null. */
export function messageProblem(draft: MessageDraft): Refusal | null {
  if (draft.trap.trim() !== "") return { reason: "MESSAGE_REFUSED_AUTOMATED" };
  const message = cleanMessage(draft.message);
  if (message.length < MESSAGE_MIN) return { reason: "MESSAGE_TOO_SHORT", field: "message", params: { min: MESSAGE_MIN } };
  if (message.length > MESSAGE_MAX) return { reason: "TEXT_TOO_LONG", field: "message", params: { max: MESSAGE_MAX } };
  if (countLinks(message) > MESSAGE_MAX_LINKS) return { reason: "MESSAGE_TOO_MANY_LINKS", field: "message", params: { max: MESSAGE_MAX_LINKS } };
  const reply = draft.reply.trim();
  if (!reply) return { reason: "REPLY_ADDRESS_REQUIRED", field: "reply" };
  if (reply.length > REPLY_MAX) return { reason: "TEXT_TOO_LONG", field: "reply", params: { max: REPLY_MAX } };
  if (draft.channel === "EMAIL" && !EMAIL_PATTERN.test(reply)) return { reason: "NOT_AN_EMAIL", field: "reply", params: { value: reply.slice(0, 80) } };
  if (draft.channel === "PHONE" && !PHONE_PATTERN.test(reply)) return { reason: "NOT_A_PHONE", field: "reply", params: { value: reply.slice(0, 80) } };
  return null;
}

/** Whether a form opened at `issuedAt` may be sent at `now`. */
export function fillTimeProblem(issuedAtMs: number, nowMs: number, minSeconds: number = MIN_FILL_SECONDS): Refusal | null {
  const seconds = (nowMs - issuedAtMs) / 1000;
  if (seconds < -60 || seconds > FORM_VALID_SECONDS) return { reason: "MESSAGE_FORM_EXPIRED" };
  if (seconds < minSeconds) return { reason: "MESSAGE_SENT_TOO_FAST", params: { seconds: minSeconds } };
  return null;
}
