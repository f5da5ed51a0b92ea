import type { DataSource } from "typeorm";
import type { Actor } from "../domain/access";
import { Role } from "../domain/enums";
import { funderOfActor } from "../domain/funder";
import type { AttentionCounts } from "./attention.entity";

/** One small query per role: the counts for the menu badges, never a list. */
export class AttentionService {
  constructor(private readonly dataSource: DataSource) {}

  async counts(actor: Actor): Promise<AttentionCounts> {
    const none: AttentionCounts = { proposalsToAnswer: 0, hoursToReview: 0, claimsToReview: 0, lastCheckInAt: null };
    if (actor.role === Role.KEY_PERSON && actor.keyPersonId !== null) {
      const [row] = (await this.dataSource.query(
        `SELECT (SELECT count(*) FROM assignment WHERE key_person_id = $1 AND status = 'PROPOSED')::int AS proposals,
                (SELECT max(at) FROM wellbeing_check_in WHERE key_person_id = $1) AS last_check_in`,
        [actor.keyPersonId],
      )) as { proposals: number; last_check_in: Date | null }[];
      return { ...none, proposalsToAnswer: row.proposals, lastCheckInAt: row.last_check_in };
    }
    const funder = funderOfActor(actor);
    if (funder === null) return none;
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT count(*) FROM hour_entry WHERE status = 'SUBMITTED' AND funder = $1)::int AS hours,
              (SELECT count(*) FROM expense_claim WHERE status = 'SUBMITTED' AND funder = $1)::int AS claims`,
      [funder],
    )) as { hours: number; claims: number }[];
    return { ...none, hoursToReview: row.hours, claimsToReview: row.claims };
  }
}
