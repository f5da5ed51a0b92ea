import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Expertise, Language, Municipality } from "../reference/reference.entity";
import { CompensationType, Gender, KeyPersonStatus, LanguageLevel, LeavingReason } from "../shared/enums";

// simpleResolvers (here and on the types a list page of key persons holds): plain fields are
// read off the object by graphql-js itself, not through type-graphql's per-field wrapper,
// which exists for field middlewares and @Authorized — none on these types' plain fields
// (test/unit/schema.test.ts keeps it so). Field resolvers are unaffected.
@ObjectType({ description: "A key person (sleutelpersoon)", simpleResolvers: true })
@Entity("key_person")
@Index("key_person_home_idx", ["homeLat", "homeLon"])
// Matching reads the largest travel distance of the active key persons for every request: one index entry, not a scan.
@Index("key_person_status_travel_idx", ["status", "maxTravelKm"])
// The registry's default order (name, then id): a page reads its rows from the index, not a sort of every key person (issue 21).
@Index("key_person_name_idx", ["displayName", "id"])
export class KeyPerson {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field() @Column({ type: "varchar", length: 120 }) displayName!: string;
  @Index("key_person_email_key", { unique: true })
  @Column({ type: "varchar", length: 254, nullable: true })
  email!: string | null;
  @Column({ type: "varchar", length: 40, nullable: true }) phone!: string | null;
  @Field(() => Gender, { nullable: true })
  @Column({ type: "enum", enum: Gender, enumName: "gender", nullable: true })
  gender!: Gender | null;
  @Column({ type: "int", nullable: true }) birthYear!: number | null;
  @Column({ type: "double precision" }) homeLat!: number;
  @Column({ type: "double precision" }) homeLon!: number;
  @Index("key_person_municipality_idx")
  @Column({ type: "varchar", length: 6 })
  homeMunicipalityCode!: string;
  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "home_municipality_code" })
  homeMunicipality?: Relation<Municipality>;
  @Field(() => Float) @Column({ type: "real" }) maxTravelKm!: number;
  @Field() @Column({ type: "boolean" }) remoteAvailable!: boolean;
  @Field(() => Float) @Column({ type: "real" }) weeklyCapacityHours!: number;
  @Field(() => KeyPersonStatus)
  @Column({ type: "enum", enum: KeyPersonStatus, enumName: "key_person_status", default: KeyPersonStatus.ACTIVE })
  status!: KeyPersonStatus;
  /** Why and when they stopped: set when they become INACTIVE (required then), cleared when they come back (issue 20). */
  @Column({ type: "enum", enum: LeavingReason, enumName: "leaving_reason", nullable: true }) leavingReason!: LeavingReason | null;
  @Column({ type: "varchar", length: 500, nullable: true }) leavingNote!: string | null;
  @Column({ type: "date", nullable: true }) leftOn!: string | null;
  @Field(() => CompensationType)
  @Column({ type: "enum", enum: CompensationType, enumName: "compensation_type" })
  compensationType!: CompensationType;
  /** ISO 3166-1 alpha-2; only used to honour a newcomer's background preference. */
  @Column({ type: "varchar", length: 2, array: true, default: () => "'{}'" }) origins!: string[];
  /** Agreed that their origins steer background matching (a newcomer's SAME or DIFFERENT preference); without it they are not used. */
  @Column({ type: "boolean", default: false }) consentOriginMatching!: boolean;
  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  profileConfirmedAt!: Date | null;
  @Column({ type: "boolean", default: false }) consentListed!: boolean;
  @Column({ type: "boolean", default: false }) consentShowName!: boolean;
  @Column({ type: "boolean", default: false }) consentShowMunicipality!: boolean;
  @Column({ type: "boolean", default: false }) consentShowLanguages!: boolean;
  @Column({ type: "boolean", default: false }) consentShowExpertise!: boolean;
  @Column({ type: "boolean", default: false }) consentShowEmail!: boolean;
  @Column({ type: "boolean", default: false }) consentShowPhone!: boolean;
  /** Issue 19: the public map shows whether they help by phone or video (remoteAvailable). */
  @Column({ type: "boolean", default: false }) consentShowRemote!: boolean;
  /** Issue 19: the public map shows the municipalities they reach (from their home municipality and maxTravelKm). */
  @Column({ type: "boolean", default: false }) consentShowReach!: boolean;
  /** Issue 19: visitors of the public map may send them a message (through the outbox; their address stays hidden). */
  @Column({ type: "boolean", default: false }) consentContact!: boolean;
  /** Weekly windows for dated work, Europe/Amsterdam ([] = any time): `{ weekday, startTime, endTime }[]` (domain/timeslots.ts). */
  @Column({ type: "jsonb", default: () => "'[]'" }) availabilityWindows!: { weekday: number; startTime: string; endTime: string }[];
  /** Set when the key person asked to be erased: the record is anonymised, the amounts kept. */
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) erasedAt!: Date | null;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field(() => Date) @UpdateDateColumn({ type: "timestamptz" }) updatedAt!: Date;
}

@Entity("key_person_language")
// Issue 21: who speaks a language and can reach a point, in one GiST index (btree_gist; migration 1764405600000),
// since round 3 covering what matching's pages read (INCLUDE, migration 1764412200000): TypeORM
// cannot declare INCLUDE and would take those columns for keys, so the migrations alone own it.
@Index("key_person_language_reach_idx", { synchronize: false })
export class KeyPersonLanguage {
  @PrimaryColumn({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @ManyToOne(() => Language, { onDelete: "RESTRICT" }) @JoinColumn({ name: "language_code" }) language?: Relation<Language>;
  @Index("key_person_language_code_idx")
  @PrimaryColumn({ type: "varchar", length: 3 })
  languageCode!: string;
  @Column({ type: "enum", enum: LanguageLevel, enumName: "language_level" }) level!: LanguageLevel;
  @Column({ type: "varchar", length: 80, nullable: true }) dialect!: string | null;
  /**
   * The key person's reach (home and max_travel_km) as a box in degrees, for matching's
   * index. Written only by the database's triggers (on this row, and on the key person's
   * home or travel distance), never by the application.
   */
  @Column({ type: "box", select: false, insert: false, update: false }) reach?: string;
  // Copies of the key person's facts that matching's score bound and narrowing read (issue 21,
  // round 3; migration 1764412200000): written only by the same triggers, never by the application.
  @Column({ type: "double precision", select: false, insert: false, update: false }) homeLat?: number;
  @Column({ type: "double precision", select: false, insert: false, update: false }) homeLon?: number;
  @Column({ type: "real", select: false, insert: false, update: false }) maxTravelKm?: number;
  @Column({ type: "boolean", select: false, insert: false, update: false }) remoteAvailable?: boolean;
  @Column({ type: "real", select: false, insert: false, update: false }) weeklyCapacityHours?: number;
  @Column({ type: "enum", enum: Gender, enumName: "gender", nullable: true, select: false, insert: false, update: false }) gender?: Gender | null;
  @Column({ type: "enum", enum: KeyPersonStatus, enumName: "key_person_status", select: false, insert: false, update: false }) status?: KeyPersonStatus;
  @Column({ type: "timestamptz", nullable: true, select: false, insert: false, update: false }) profileConfirmedAt?: Date | null;
}

@Entity("key_person_expertise")
export class KeyPersonExpertise {
  @PrimaryColumn({ type: "int" }) keyPersonId!: number;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @ManyToOne(() => Expertise, { onDelete: "RESTRICT" }) @JoinColumn({ name: "expertise_code" }) expertise?: Relation<Expertise>;
  @Index("key_person_expertise_code_idx")
  @PrimaryColumn({ type: "varchar", length: 40 })
  expertiseCode!: string;
}

@ObjectType({ simpleResolvers: true })
export class LanguageSkill {
  @Field(() => Language) language!: Language;
  @Field(() => LanguageLevel) level!: LanguageLevel;
  @Field(() => String, { nullable: true }) dialect!: string | null;
}

@ObjectType({ description: "What a key person chose to make public (default: nothing, not listed)" })
export class PublicConsent {
  @Field() listed!: boolean;
  @Field() showName!: boolean;
  @Field() showMunicipality!: boolean;
  @Field() showLanguages!: boolean;
  @Field() showExpertise!: boolean;
  @Field() showEmail!: boolean;
  @Field() showPhone!: boolean;
  @Field({ description: "Whether they help by phone or video" }) showRemote!: boolean;
  @Field({ description: "The municipalities they reach (never the home point)" }) showReach!: boolean;
  @Field({ description: "Visitors may send a message through the map (the address stays hidden)" }) contact!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class Workload {
  @Field(() => Float) weeklyCapacityHours!: number;
  @Field(() => Float, { description: "Hours per week of PROPOSED and ACTIVE assignments" }) committedHours!: number;
  @Field(() => Float, { description: "committedHours / weeklyCapacityHours" }) utilisation!: number;
}

@ObjectType({ simpleResolvers: true })
export class KeyPersonPage {
  @Field(() => [KeyPerson]) items!: KeyPerson[];
  @Field(() => Int) total!: number;
}
