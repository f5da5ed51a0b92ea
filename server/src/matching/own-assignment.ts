import type { EntityManager } from "typeorm";
import type { Actor } from "../domain/access";
import { Role } from "../shared/enums";
import { NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { Assignment, MatchRequest } from "./matching.entity";

/**
 * An assignment on a request of the actor's own organisation, locked for the change: for what
 * only the requesting organisation does to it (rate it, complain about it). Anyone else gets
 * NOT_FOUND, as if it did not exist.
 */
export async function lockOrganisationsAssignment(tx: EntityManager, actor: Actor, rawId: string): Promise<{ assignment: Assignment; request: MatchRequest }> {
  const id = parseId(rawId, "Assignment");
  const assignment = await tx.getRepository(Assignment).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  const request = assignment && (await tx.findOneBy(MatchRequest, { id: assignment.requestId }));
  if (!assignment || !request || actor.role !== Role.ORGANISATION || actor.organisationId !== request.organisationId) throw new NotFound("Assignment", rawId);
  return { assignment, request };
}
