import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Organisation } from "../organisations/organisation.entity";
import { Municipality } from "../reference/reference.entity";
import { KeyPerson } from "../registry/registry.entity";
import { AppointmentMode, AssignmentStatus, BackgroundPreference, Funding, Gender, MatchRequestStatus, RequestKind } from "../shared/enums";
import { Reason } from "../shared/reason.type";
import { DateScalar } from "../shared/scalars";

/** A request for a key person for one newcomer, known only by the organisation's own pseudonym. */
@ObjectType()
@Entity("match_request")
export class MatchRequest {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Index("match_request_organisation_idx") @Column({ type: "int" }) organisationId!: number;
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  @Field({ description: "The organisation's own pseudonym; never a name or identifier" })
  @Column({ type: "varchar", length: 60 })
  caseReference!: string;
  /** The newcomer's current location. */
  @Column({ type: "double precision" }) lat!: number;
  @Column({ type: "double precision" }) lon!: number;
  @Index("match_request_municipality_idx") @Column({ type: "varchar", length: 6 }) municipalityCode!: string;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" }) @JoinColumn({ name: "municipality_code" }) municipality?: Relation<Municipality>;
  @Column({ type: "varchar", length: 3, array: true }) languageCodes!: string[];
  @Column({ type: "varchar", length: 40, array: true, default: () => "'{}'" }) expertiseCodes!: string[];
  @Field(() => Gender, { nullable: true }) @Column({ type: "enum", enum: Gender, enumName: "gender", nullable: true }) preferredGender!: Gender | null;
  @Column({ type: "varchar", length: 2, nullable: true }) newcomerOrigin!: string | null;
  @Field(() => BackgroundPreference)
  @Column({ type: "enum", enum: BackgroundPreference, enumName: "background_preference", default: BackgroundPreference.NO_PREFERENCE })
  backgroundPreference!: BackgroundPreference;
  @Field(() => Float) @Column({ type: "real" }) hoursPerWeek!: number;
  @Field(() => DateScalar) @Column({ type: "date" }) startsOn!: string;
  @Field() @Column({ type: "boolean", default: false }) remoteAcceptable!: boolean;
  @Field(() => Funding) @Column({ type: "enum", enum: Funding, enumName: "funding" }) funding!: Funding;
  @Field({ description: "When a proposal expires unanswered, propose the next candidate automatically" })
  @Column({ type: "boolean", default: false })
  autoEscalate!: boolean;
  @Field(() => MatchRequestStatus)
  @Index("match_request_status_idx")
  @Column({ type: "enum", enum: MatchRequestStatus, enumName: "match_request_status", default: MatchRequestStatus.OPEN })
  status!: MatchRequestStatus;
  /** Set while the request has no candidate: which hard rule excluded how many key persons. */
  @Column({ type: "jsonb", nullable: true }) unmetExclusions!: Record<string, number> | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) unmetSince!: Date | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;

  // ---- request kinds (issue 16) ----
  @Field(() => RequestKind)
  @Column({ type: "enum", enum: RequestKind, enumName: "request_kind", default: RequestKind.CASE_SUPPORT })
  kind!: RequestKind;
  /** The booked slot of a dated kind (APPOINTMENT, INFORMATION_SESSION); null otherwise. */
  @Field(() => Date, { nullable: true, description: "The booked slot of a dated kind (appointment, information session); null otherwise" })
  @Column({ type: "timestamptz", nullable: true })
  startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) endsAt!: Date | null;
  @Column({ type: "enum", enum: AppointmentMode, enumName: "appointment_mode", nullable: true }) appointmentMode!: AppointmentMode | null;
  @Column({ type: "varchar", length: 120, nullable: true }) appointmentSetting!: string | null;
  @Column({ type: "varchar", length: 120, nullable: true }) appointmentRole!: string | null;
  @Column({ type: "varchar", length: 200, nullable: true }) consultTopic!: string | null;
  @Column({ type: "real", nullable: true }) consultHours!: number | null;
  @Column({ type: "int", nullable: true }) sessionExpectedParticipants!: number | null;
  @Column({ type: "varchar", length: 80, array: true, nullable: true }) sessionTopics!: string[] | null;
  @Field(() => String, { nullable: true, description: "Hard: a key person's dialect note of a requested language must name it" })
  @Column({ type: "varchar", length: 80, nullable: true })
  requiredDialect!: string | null;
  @Field(() => String, { nullable: true, description: "A wish: ranks higher, never excludes" })
  @Column({ type: "varchar", length: 80, nullable: true })
  preferredDialect!: string | null;
}

@ObjectType({ description: "One appointment a key person accompanies a newcomer to" })
export class Appointment {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => AppointmentMode) mode!: AppointmentMode;
  @Field(() => String, { nullable: true, description: "Where or with whom, e.g. GP, COA interview" }) setting!: string | null;
  @Field(() => String, { nullable: true, description: "The key person's role, e.g. interpreter, cultural mediator, companion" }) role!: string | null;
}

@ObjectType({ description: "Advice to a professional, without meeting the newcomer" })
export class Consult {
  @Field() topic!: string;
  @Field(() => Float) hours!: number;
}

@ObjectType({ description: "An information session for a group, at the request's location" })
export class InformationSession {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => Int) expectedParticipants!: number;
  @Field(() => [String]) topics!: string[];
}

@ObjectType({ description: "A weekly window in which a key person takes dated work, in Europe/Amsterdam local time" })
export class AvailabilityWindow {
  @Field(() => Int, { description: "1 = Monday … 7 = Sunday (ISO)" }) weekday!: number;
  @Field({ description: '"09:00"' }) startTime!: string;
  @Field({ description: '"13:00"; "24:00" is the end of the day' }) endTime!: string;
}

@ObjectType({ description: "A dated assignment in a key person's agenda" })
export class Booking {
  @Field(() => ID) assignmentId!: number;
  @Field(() => ID) requestId!: number;
  @Field(() => RequestKind) kind!: RequestKind;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => AppointmentMode, { nullable: true }) mode!: AppointmentMode | null;
  keyPersonId!: number;
  /** Resolved by a field resolver. */
  municipalityCode!: string;
  @Field({ description: "PROPOSED or ACCEPTED" }) status!: string;
}

@ObjectType()
@Entity("assignment")
@Index("assignment_key_person_open_idx", ["keyPersonId"], { where: `status IN ('PROPOSED', 'ACTIVE')` })
@Index("assignment_one_proposal_per_request", ["requestId"], { unique: true, where: `status = 'PROPOSED'` })
@Index("assignment_due_idx", ["respondBy"], { where: `status = 'PROPOSED'` })
// care (issue 17): the AMBER limit counts a key person's proposals of the last week
@Index("assignment_key_person_proposed_idx", ["keyPersonId", "proposedAt"])
export class Assignment {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Index("assignment_request_idx") @Column({ type: "int" }) requestId!: number;
  @ManyToOne(() => MatchRequest, { onDelete: "RESTRICT" }) @JoinColumn({ name: "request_id" }) request?: Relation<MatchRequest>;
  @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "RESTRICT" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => AssignmentStatus)
  @Column({ type: "enum", enum: AssignmentStatus, enumName: "assignment_status", default: AssignmentStatus.PROPOSED })
  status!: AssignmentStatus;
  @Field(() => Float) @Column({ type: "real" }) hoursPerWeek!: number;
  @Field(() => Date) @Column({ type: "timestamptz" }) proposedAt!: Date;
  @Field(() => Date, { description: "An unanswered proposal expires at this moment" }) @Column({ type: "timestamptz" }) respondBy!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) respondedAt!: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 500, nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) endedAt!: Date | null;
  /** Proposed automatically: after an expiry (escalation) or a move out of reach (handover). */
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 20, nullable: true }) proposedBecause!: string | null;
}

/** A period in which a key person cannot take new work (leave). */
@ObjectType()
@Entity("key_person_leave")
export class KeyPersonLeave {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Index("key_person_leave_person_idx") @Column({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Field(() => DateScalar) @Column({ type: "date" }) startsOn!: string;
  @Field(() => DateScalar) @Column({ type: "date" }) endsOn!: string;
}

@ObjectType()
export class MatchRequestPage {
  @Field(() => [MatchRequest]) items!: MatchRequest[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class AssignmentPage {
  @Field(() => [Assignment]) items!: Assignment[];
  @Field(() => Int) total!: number;
}

@ObjectType({
  description:
    "The parts of a candidate's score, each a weighted contribution; they add up to the score (up to rounding). Organisations read them to two decimals, at the distance they are shown",
})
export class ScoreParts {
  @Field(() => Float, { description: "Nearness: at most 0.35" }) distance!: number;
  @Field(() => Float, { description: "Room in the key person's week after this request: at most 0.25" }) load!: number;
  @Field(() => Float, { description: "Level of the best requested language: at most 0.2" }) language!: number;
  @Field(() => Float, { description: "Preferred gender and same background, each 0.1 when met or not asked: at most 0.2" }) preferences!: number;
  @Field(() => Float, { description: "The bonus of the key person who already supports this case (ACTIVE): lifts the score to 1" }) continuity!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Care (issue 17): -0.15 for a key person whose wellbeing is AMBER, else 0. Null for organisations (wellbeing is not theirs to read)",
  })
  care!: number | null;
}

@ObjectType()
export class MatchCandidate {
  keyPersonId!: number;
  @Field(() => Float, { description: "0..1, higher is better; ordered by score desc, then id. Two decimals for organisations, three for coordinators" })
  score!: number;
  @Field(() => Float, { description: "To the newcomer; whole kilometres for organisations, tenths for coordinators" }) distanceKm!: number;
  @Field(() => ScoreParts, { description: "Why the score is what it is: distance, load, language, preferences, continuity" })
  parts!: ScoreParts;
  @Field(() => [String], { description: 'Human-readable, e.g. "12 km away", "speaks Tigrinya (native)"' }) reasons!: string[];
  @Field(() => [Reason], {
    description: "The same reasons as codes with parameters, in the same order (MATCH_DISTANCE { km }, MATCH_SPEAKS { language, level } …)",
  })
  explanation!: Reason[];
}

@ObjectType({ description: "How many key persons one hard rule excluded" })
export class RuleCount {
  @Field() rule!: string;
  @Field(() => Int) count!: number;
}
