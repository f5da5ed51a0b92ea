import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { GraphQLJSONObject } from "graphql-scalars";

/** Append-only (a trigger refuses UPDATE and DELETE): who did or read what, and when. */
@ObjectType()
@Entity("audit_log")
@Index("audit_log_entity_idx", ["entityType", "entityId"])
export class AuditEntry {
  @Field(() => ID) @PrimaryGeneratedColumn() id!: number;
  @Field(() => Date) @Index("audit_log_at_idx") @Column({ type: "timestamptz", default: () => "now()" }) at!: Date;
  @Column({ type: "int", nullable: true }) actorUserId!: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 24, nullable: true }) actorRole!: string | null;
  @Field() @Column({ type: "varchar", length: 60 }) action!: string;
  @Field() @Column({ type: "varchar", length: 40 }) entityType!: string;
  @Field(() => String, { nullable: true }) @Column({ type: "varchar", length: 40, nullable: true }) entityId!: string | null;
  /** Which fields changed, never their personal content. */
  @Field(() => GraphQLJSONObject) @Column({ type: "jsonb", default: () => "'{}'" }) detail!: Record<string, unknown>;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEntry]) items!: AuditEntry[];
  @Field(() => Int) total!: number;
}
