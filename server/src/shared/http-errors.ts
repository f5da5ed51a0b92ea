// The file routes beside /graphql (import/export, report files, the research extract) answer
// a refusal as JSON { error: { code, message, reason, params, field? } }: `reason` and
// `params` as in the GraphQL API's errors, so the console words the reason, never the message.
import type express from "express";
import type { Coded } from "../domain/reasons";

export function sendError(res: express.Response, status: number, code: string, message: string, reason: Coded, field?: string): void {
  if (!res.headersSent) res.status(status).json({ error: { code, message, reason: reason.code, params: reason.params ?? {}, ...(field ? { field } : {}) } });
}
