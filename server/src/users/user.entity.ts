import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { Organisation } from "../organisations/organisation.entity";
import { KeyPerson } from "../registry/registry.entity";
import { Role } from "../shared/enums";

@ObjectType({ description: "An account that can log in" })
@Entity("app_user")
export class User {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  /** Stored lower-cased: e-mail addresses are compared without case. */
  @Field() @Index("app_user_email_key", { unique: true }) @Column({ type: "varchar", length: 254 }) email!: string;
  @Column({ type: "varchar" }) passwordHash!: string;
  @Field(() => Role) @Column({ type: "enum", enum: Role, enumName: "role" }) role!: Role;
  @Index("app_user_key_person_key", { unique: true })
  @Column({ type: "int", nullable: true })
  keyPersonId!: number | null;
  @ManyToOne(() => KeyPerson, { onDelete: "CASCADE" }) @JoinColumn({ name: "key_person_id" }) keyPerson?: Relation<KeyPerson>;
  @Column({ type: "int", nullable: true }) organisationId!: number | null;
  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" }) @JoinColumn({ name: "organisation_id" }) organisation?: Relation<Organisation>;
  /** The region of a REGIONAL_COORDINATOR: CBS municipality codes. */
  @Column({ type: "varchar", length: 6, array: true, default: () => "'{}'" }) municipalityCodes!: string[];
  @Field({ description: "Language of the console and of messages: nl or en" })
  @Column({ type: "varchar", length: 2, default: "nl" })
  locale!: string;
  @Field(() => Date) @CreateDateColumn({ type: "timestamptz" }) createdAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) lastLoginAt!: Date | null;
  @Field({ description: "Daily digest e-mails (unmet requests); messages about one's own work and safety are always sent" })
  @Column({ type: "boolean", default: true })
  digestsEnabled!: boolean;
  /**
   * Sessions: a token carries the version it was signed with and works only while it is
   * still this one. A password change or reset, a deactivation raise it: every session
   * of the user ends at once.
   */
  @Column({ type: "int", default: 0 }) tokenVersion!: number;
  @Field(() => Date, { nullable: true, description: "Set: the account is deactivated, cannot log in, and its sessions ended" })
  @Column({ type: "timestamptz", nullable: true })
  deactivatedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When the mail server refused this address; cleared by the next delivered mail" })
  @Column({ type: "timestamptz", nullable: true })
  emailBouncedAt!: Date | null;
}

@ObjectType()
export class UserPage {
  @Field(() => [User]) items!: User[];
  @Field(() => Int) total!: number;
}
