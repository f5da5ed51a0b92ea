// Care (issue 17): the ProQOL 5 self-check. Answers are the key person's own; coordinators
// read them to look after them. Nobody else does, and every read is in the audit log.
import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { canSeePrivateFields, type Actor } from "../domain/access";
import {
  PROQOL_ANSWER_LABELS,
  PROQOL_CREDIT,
  PROQOL_INSTRUCTION,
  PROQOL_INTERVAL_DAYS,
  PROQOL_ITEM_COUNT,
  PROQOL_ITEMS,
  invalidProqolAnswers,
  scoreProqol,
} from "../domain/proqol";
import type { OversightService } from "../oversight/oversight.service";
import type { KeyPerson } from "../registry/registry.entity";
import { Role } from "../shared/enums";
import { BadUserInput, Forbidden } from "../shared/errors";
import { ProqolResponse, type ProqolForm } from "./care.entity";
import type { ProqolInput } from "./care.inputs";

export class CareService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly oversight: OversightService,
  ) {}

  form(): ProqolForm {
    return {
      instruction: PROQOL_INSTRUCTION,
      items: PROQOL_ITEMS.map((text, i) => ({ number: i + 1, text })),
      answerLabels: [1, 2, 3, 4, 5].map((n) => PROQOL_ANSWER_LABELS[n]),
      credit: PROQOL_CREDIT,
      intervalDays: PROQOL_INTERVAL_DAYS,
    };
  }

  async submit(actor: Actor, input: ProqolInput): Promise<ProqolResponse> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null)
      throw new Forbidden("Only a key person takes the self-check, for themself", { reason: "SELF_ONLY" });
    const answers = input.answers ?? [];
    if (answers.length !== PROQOL_ITEM_COUNT)
      throw new BadUserInput(`Answer each of the ${PROQOL_ITEM_COUNT} statements once`, {
        reason: "PROQOL_ANSWERS",
        field: "answers",
        params: { count: PROQOL_ITEM_COUNT },
      });
    const wrong = invalidProqolAnswers(answers);
    if (wrong.length > 0)
      throw new BadUserInput(`Answer statement ${wrong[0]} with a whole number from 1 to 5`, {
        reason: "NUMBER_OUT_OF_RANGE",
        field: `answers.${wrong[0] - 1}`,
        params: { min: 1, max: 5 },
      });
    const scores = scoreProqol(answers);
    const keyPersonId = actor.keyPersonId;
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(tx.create(ProqolResponse, { keyPersonId, answeredAt: this.clock.now(), answers: [...answers], ...scores }));
      // The audit names the act, never the answers or the scores.
      await audit(tx, actor, { action: "submitProqol", entityType: "KeyPerson", entityId: keyPersonId });
      return saved;
    });
  }

  /** The self-checks of a key person, newest first: the key person and coordinators only; the read is audited before anything is answered. */
  async responses(actor: Actor, keyPerson: KeyPerson, limit: number): Promise<ProqolResponse[]> {
    if (!canSeePrivateFields(actor, keyPerson)) throw new Forbidden("Only the key person and coordinators read the self-check", { reason: "ROLE_NOT_ALLOWED" });
    await this.oversight.auditWellbeingReads(actor, [keyPerson.id], "proqol");
    return this.dataSource
      .getRepository(ProqolResponse)
      .find({ where: { keyPersonId: keyPerson.id }, order: { answeredAt: "DESC", id: "DESC" }, take: Math.min(Math.max(limit, 1), 40) });
  }
}
