import { useTranslate } from "react-admin";
import type { GraphQLErrorBody } from "../dataProvider/graphqlClient";

/** The server's refusal in the reader's language, worded by its reason code; its own message when the console has no words for it. */
export function useReasonText() {
  const translate = useTranslate();
  return (error: unknown): string => {
    const body = (error as { body?: GraphQLErrorBody } | null)?.body;
    const message = (error as Error | null)?.message ?? "";
    if (!body?.reason) return translate(message, { _: message });
    const params = Object.fromEntries(Object.entries(body.params ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join(", ") : value]));
    return translate(`reasons.${body.reason}`, { ...params, _: message });
  };
}

/** The password rule the server applies (server/src/auth/password-policy.ts); the server checks the rest. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
