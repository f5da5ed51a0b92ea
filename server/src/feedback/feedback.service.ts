import QRCode from "qrcode";
import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { canManageKeyPerson, inRegion, type Actor } from "../domain/access";
import {
  FEEDBACK_LINK_DAYS,
  FEEDBACK_MIN_ANSWERS,
  COMPLAINT_WINDOW_DAYS,
  feedbackLinkExpiresOn,
  feedbackLinkOpen,
  monthOf,
  summariseFeedback,
  withinComplaintWindow,
} from "../domain/voice";
import type { Assignment } from "../matching/matching.entity";
import { lockOrganisationsAssignment } from "../matching/own-assignment";
import type { ReferenceData } from "../reference/reference.service";
import { AssignmentStatus, FeedbackAnswer, FeedbackLinkState, FeedbackQuestion, Role } from "../shared/enums";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { textInput } from "../shared/text-input";
import { FeedbackTokens, feedbackUrl } from "./feedback-token";
import { AssignmentRating, type FeedbackLink, type FeedbackSummary } from "./feedback.entity";
import type { FeedbackInput, RatingInput } from "./feedback.inputs";

/** Anonymous feedback from newcomers after support, and the organisations' ratings of assignments. */
export class FeedbackService {
  private readonly tokens: FeedbackTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    secret: string,
    private readonly publicUrl: string,
  ) {
    this.tokens = new FeedbackTokens(secret);
  }

  /** The link the key person hands on; only theirs, only once the assignment completed, while it works. */
  async linkFor(
    actor: Actor,
    assignment: Assignment,
    language: string | null,
    answered: (answerKey: string) => Promise<boolean>,
  ): Promise<FeedbackLink | null> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId !== assignment.keyPersonId) return null;
    if (assignment.status !== AssignmentStatus.COMPLETED || !assignment.endedAt) return null;
    if (language !== null && !this.reference.languages.has(language)) {
      throw new BadUserInput(`Unknown language code ${language}`, { reason: "UNKNOWN_CODE", field: "language", params: { kind: "language", code: language } });
    }
    const url = feedbackUrl(this.publicUrl, this.tokens.token(assignment.id), language);
    return {
      url,
      qrSvg: await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" }),
      expiresAt: feedbackLinkExpiresOn(assignment.endedAt),
      answered: await answered(this.tokens.answerKey(assignment.id)),
    };
  }

  /** For the newcomer's page: whether the link still takes an answer. Tells nothing about the support. */
  async linkStatus(token: string): Promise<FeedbackLinkState> {
    const found = await this.completedAssignmentOf(this.dataSource.manager, token);
    if (!found) return FeedbackLinkState.INVALID;
    if (!feedbackLinkOpen(found.endedAt, this.clock.now())) return FeedbackLinkState.EXPIRED;
    const [answered] = await this.dataSource.query(`SELECT 1 FROM newcomer_feedback WHERE link_hash = $1`, [this.tokens.answerKey(found.id)]);
    return answered ? FeedbackLinkState.ANSWERED : FeedbackLinkState.OPEN;
  }

  /** One anonymous answer per link. Not audited: an audit row would say who (none) and when, to the minute. */
  async submit(token: string, input: FeedbackInput): Promise<boolean> {
    const language = input.language ?? null;
    if (language !== null && !this.reference.languages.has(language)) {
      throw new BadUserInput(`Unknown language code ${language}`, { reason: "UNKNOWN_CODE", field: "language", params: { kind: "language", code: language } });
    }
    return this.dataSource.transaction(async (tx) => {
      const found = await this.completedAssignmentOf(tx, token);
      if (!found) throw new BadUserInput("This feedback link is not right", { reason: "FEEDBACK_LINK_INVALID", field: "token" });
      if (!feedbackLinkOpen(found.endedAt, this.clock.now())) {
        throw new Conflict(`This link worked for ${FEEDBACK_LINK_DAYS} days after the support ended`, {
          reason: "FEEDBACK_LINK_EXPIRED",
          params: { days: FEEDBACK_LINK_DAYS },
        });
      }
      const inserted: unknown[] = await tx.query(
        `INSERT INTO newcomer_feedback (link_hash, key_person_id, municipality_code, answered_month, language, helpful, felt_safe, understood, would_recommend)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (link_hash) DO NOTHING RETURNING id`,
        [
          this.tokens.answerKey(found.id),
          found.keyPersonId,
          found.municipalityCode,
          monthOf(this.clock.now()),
          language,
          input.helpful,
          input.feltSafe,
          input.understood,
          input.wouldRecommend,
        ],
      );
      if (inserted.length === 0) throw new Conflict("This link has been answered already", { reason: "FEEDBACK_ALREADY_GIVEN" });
      return true;
    });
  }

  private async completedAssignmentOf(tx: EntityManager, token: string) {
    const id = this.tokens.assignmentOf(token);
    if (id === null) return null;
    const [row] = await tx.query(
      `SELECT a.id, a.key_person_id, a.ended_at, r.municipality_code FROM assignment a JOIN match_request r ON r.id = a.request_id
       WHERE a.id = $1 AND a.status = 'COMPLETED' AND a.ended_at IS NOT NULL`,
      [id],
    );
    return row
      ? { id: row.id as number, keyPersonId: row.key_person_id as number, endedAt: new Date(row.ended_at), municipalityCode: row.municipality_code as string }
      : null;
  }

  /**
   * A key person's own answers; a coordinator's for a key person in scope, or for everyone
   * in scope (the region of a regional coordinator, narrowed to a province when given).
   * Counts only from FEEDBACK_MIN_ANSWERS answers up. Ratings by organisations: coordinators only.
   */
  async summary(actor: Actor, rawKeyPersonId: string | null, provinceCode: string | null): Promise<FeedbackSummary> {
    let keyPersonId: number | null = rawKeyPersonId === null ? null : parseId(rawKeyPersonId, "KeyPerson");
    if (actor.role === Role.KEY_PERSON) {
      if (keyPersonId !== null && keyPersonId !== actor.keyPersonId) throw new NotFound("KeyPerson", String(rawKeyPersonId));
      keyPersonId = actor.keyPersonId;
    } else if (actor.role === Role.ORGANISATION) {
      throw new Forbidden("Newcomers' feedback is read by the key person and the coordinators", { reason: "ROLE_NOT_ALLOWED" });
    }
    if (keyPersonId !== null && actor.role !== Role.KEY_PERSON) {
      const [kp] = await this.dataSource.query(`SELECT id, home_municipality_code FROM key_person WHERE id = $1`, [keyPersonId]);
      if (!kp || !canManageKeyPerson(actor, { id: kp.id, homeMunicipalityCode: kp.home_municipality_code }))
        throw new NotFound("KeyPerson", String(rawKeyPersonId));
    }
    if (provinceCode !== null && ![...this.reference.municipalities.values()].some((m) => m.provinceCode === provinceCode)) {
      throw new BadUserInput(`Unknown province code ${provinceCode}`, {
        reason: "UNKNOWN_CODE",
        field: "provinceCode",
        params: { kind: "municipality", code: provinceCode },
      });
    }
    const area = this.area(actor, keyPersonId, provinceCode);
    const rows: { helpful: FeedbackAnswer; felt_safe: FeedbackAnswer; understood: FeedbackAnswer; would_recommend: FeedbackAnswer }[] =
      await this.dataSource.query(
        `SELECT helpful, felt_safe, understood, would_recommend FROM newcomer_feedback
       WHERE ($1::int IS NULL OR key_person_id = $1) AND ($2::varchar[] IS NULL OR municipality_code = ANY($2))`,
        [keyPersonId, area],
      );
    const summary = summariseFeedback(
      rows.map((row) => ({
        [FeedbackQuestion.HELPFUL]: row.helpful,
        [FeedbackQuestion.FELT_SAFE]: row.felt_safe,
        [FeedbackQuestion.UNDERSTOOD]: row.understood,
        [FeedbackQuestion.WOULD_RECOMMEND]: row.would_recommend,
      })),
    );
    let ratings: number | null = null;
    let averageRating: number | null = null;
    if (actor.role === Role.COORDINATOR || actor.role === Role.REGIONAL_COORDINATOR) {
      const [rated] = await this.dataSource.query(
        `SELECT count(*)::int AS n, avg(g.score)::float AS avg FROM assignment_rating g JOIN assignment a ON a.id = g.assignment_id JOIN match_request r ON r.id = a.request_id
         WHERE ($1::int IS NULL OR a.key_person_id = $1) AND ($2::varchar[] IS NULL OR r.municipality_code = ANY($2))`,
        [keyPersonId, area],
      );
      ratings = rated.n;
      averageRating = rated.n > 0 ? Math.round(rated.avg * 100) / 100 : null;
    }
    return {
      enough: summary !== null,
      minimum: FEEDBACK_MIN_ANSWERS,
      answers: summary?.answers ?? null,
      questions: summary?.questions ?? [],
      ratings,
      averageRating,
    };
  }

  /** The municipalities the summary covers: null for all. A key person's own answers are theirs wherever they were given. */
  private area(actor: Actor, keyPersonId: number | null, provinceCode: string | null): string[] | null {
    let codes: string[] | null = keyPersonId === null && actor.role === Role.REGIONAL_COORDINATOR ? [...actor.municipalityCodes] : null;
    if (provinceCode !== null) {
      const inProvince = [...this.reference.municipalities.values()].filter((m) => m.provinceCode === provinceCode).map((m) => m.code);
      codes = codes === null ? inProvince : codes.filter((code) => inProvince.includes(code));
    }
    return codes;
  }

  /** The requesting organisation rates a completed assignment once, within COMPLAINT_WINDOW_DAYS of its end. */
  async rate(actor: Actor, rawAssignmentId: string, input: RatingInput): Promise<AssignmentRating> {
    if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
      throw new BadUserInput("A rating is a whole number from 1 to 5", { reason: "NUMBER_OUT_OF_RANGE", field: "score", params: { min: 1, max: 5 } });
    }
    const comment = textInput(input.comment, "comment", 1000, false);
    return this.dataSource.transaction(async (tx) => {
      const { assignment } = await lockOrganisationsAssignment(tx, actor, rawAssignmentId);
      if (assignment.status !== AssignmentStatus.COMPLETED) {
        throw new Conflict("Only a completed assignment can be rated", { reason: "ASSIGNMENT_NOT_RATEABLE", params: { status: assignment.status } });
      }
      if (!withinComplaintWindow(assignment.endedAt, this.clock.now())) {
        throw new Conflict(`This assignment ended more than ${COMPLAINT_WINDOW_DAYS} days ago`, {
          reason: "ASSIGNMENT_ENDED_TOO_LONG_AGO",
          params: { days: COMPLAINT_WINDOW_DAYS },
        });
      }
      const inserted: unknown[] = await tx.query(
        `INSERT INTO assignment_rating (assignment_id, score, comment, rated_by_user_id, rated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (assignment_id) DO NOTHING RETURNING assignment_id`,
        [assignment.id, input.score, comment, actor.userId, this.clock.now()],
      );
      if (inserted.length === 0) throw new Conflict("Your organisation rated this assignment already", { reason: "ASSIGNMENT_ALREADY_RATED" });
      await audit(tx, actor, { action: "rateAssignment", entityType: "Assignment", entityId: assignment.id, detail: { score: input.score } });
      return tx.findOneByOrFail(AssignmentRating, { assignmentId: assignment.id });
    });
  }

  /** The rating of an assignment, for its organisation and the coordinators in scope (the caller checked who sees the assignment). */
  canReadRating(actor: Actor, request: { organisationId: number; municipalityCode: string }): boolean {
    return (
      actor.role === Role.COORDINATOR ||
      (actor.role === Role.REGIONAL_COORDINATOR && inRegion(actor, request.municipalityCode)) ||
      (actor.role === Role.ORGANISATION && actor.organisationId === request.organisationId)
    );
  }
}
