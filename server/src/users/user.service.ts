import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import { AuthService } from "../auth/auth.service";
import { hashPassword, isUnusableHash, unusableHash } from "../auth/password";
import { assertPasswordAllowed } from "../auth/password-policy";
import type { Clock } from "../clock";
import type { InvitationService } from "../invitations/invitation.service";
import { inRegion, type Actor } from "../domain/access";
import { isEmail } from "../domain/key-person-rules";
import { Organisation } from "../organisations/organisation.entity";
import type { ReferenceData } from "../reference/reference.service";
import { isUniqueViolation } from "../shared/db-errors";
import { Role } from "../shared/enums";
import { BadUserInput, Conflict, NotFound } from "../shared/errors";
import { KeyPerson } from "../registry/registry.entity";
import { parseId } from "../shared/ids";
import type { PageArgs } from "../shared/pagination";
import { sortedPage, UserSortField, type SortSpec } from "../shared/sorting";
import { User } from "./user.entity";
import type { CreateUserInput, UserFilter, UserSort } from "./user.inputs";

/** Not accepted yet: the account has no password of its own (invited, imported, or created without one). */
export const isInvitationPending = (user: Pick<User, "passwordHash">): boolean => isUnusableHash(user.passwordHash);

export const LOCALES = ["nl", "en"] as const;

/** Only the national coordinator creates these accounts, and sees every account anyway: told plainly. */
const emailInUse = (email: string) =>
  new Conflict(`The e-mail address ${email} is already in use: each account needs its own address`, { reason: "EMAIL_IN_USE", field: "email" });

/** The accounts list's columns by sort field; the default is by address (unique). */
const USER_SORT: SortSpec<UserSortField> = {
  columns: {
    [UserSortField.EMAIL]: "u.email",
    [UserSortField.ROLE]: "u.role",
    [UserSortField.ORGANISATION]: "(SELECT lower(o.name) FROM organisation o WHERE o.id = u.organisation_id)",
    [UserSortField.CREATED_AT]: "u.created_at",
    [UserSortField.LAST_LOGIN_AT]: "u.last_login_at",
  },
  id: "u.id",
  byDefault: [
    ["u.email", "ASC"],
    ["u.id", "ASC"],
  ],
};

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    private readonly invitations: InvitationService,
  ) {}

  async get(rawId: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: parseId(rawId, "User") });
    if (!user) throw new NotFound("User", rawId);
    return user;
  }

  async list(filter: UserFilter | null | undefined, page: PageArgs, sort?: UserSort | null) {
    const query = this.dataSource.getRepository(User).createQueryBuilder("u");
    if (filter?.ids) query.andWhere("u.id = ANY(:ids)", { ids: filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number) });
    if (filter?.role) query.andWhere("u.role = :role", { role: filter.role });
    const q = filter?.q?.trim();
    if (q) query.andWhere("u.email ILIKE :q", { q: `%${q.slice(0, 254).replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return sortedPage(query, sort, USER_SORT, page);
  }

  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (!isEmail(email)) throw new BadUserInput(`"${input.email}" is not an e-mail address`, { reason: "INVALID_EMAIL", field: "email" });
    // The old way (a coordinator typing the password) still works when a password is given.
    const password = input.password ?? null;
    if (password !== null) assertPasswordAllowed(password, [email]);
    if (input.role === Role.KEY_PERSON) {
      throw new BadUserInput("Key persons get their account with createKeyPerson, which also creates their profile", {
        reason: "KEY_PERSON_ACCOUNT_VIA_PROFILE",
        field: "role",
      });
    }
    let organisationId: number | null = null;
    if (input.role === Role.ORGANISATION) {
      if (!input.organisationId)
        throw new BadUserInput("An organisation account needs the organisation it works for", { reason: "ORGANISATION_REQUIRED", field: "organisationId" });
      organisationId = parseId(input.organisationId, "Organisation");
    }
    const municipalityCodes = input.role === Role.REGIONAL_COORDINATOR ? [...new Set(input.municipalityCodes ?? [])] : [];
    if (input.role === Role.REGIONAL_COORDINATOR && municipalityCodes.length === 0) {
      throw new BadUserInput("A regional coordinator needs the municipalities of their region", { reason: "REGION_REQUIRED", field: "municipalityCodes" });
    }
    const unknown = municipalityCodes.filter((code) => !this.reference.municipalities.has(code));
    if (unknown.length) {
      throw new BadUserInput(`Unknown municipality codes: ${unknown.join(", ")}`, {
        reason: "UNKNOWN_MUNICIPALITIES",
        field: "municipalityCodes",
        params: { codes: unknown.slice(0, 20) },
      });
    }
    const passwordHash = password !== null ? await hashPassword(password) : unusableHash();
    try {
      return await this.dataSource.transaction(async (tx) => {
        if (organisationId !== null && !(await tx.existsBy(Organisation, { id: organisationId }))) {
          throw new NotFound("Organisation", organisationId);
        }
        if (await tx.existsBy(User, { email })) throw emailInUse(email);
        const user = await tx.save(tx.create(User, { email, passwordHash, role: input.role, organisationId, municipalityCodes }));
        await audit(tx, actor, { action: "createUser", entityType: "User", entityId: user.id, detail: { role: input.role, invited: password === null } });
        if (password === null) await this.invitations.send(tx, user);
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailInUse(email);
      throw error;
    }
  }

  async setLocale(actor: Actor, locale: string): Promise<User> {
    if (!(LOCALES as readonly string[]).includes(locale)) {
      throw new BadUserInput(`Choose one of ${LOCALES.join(", ")}`, { reason: "UNKNOWN_LOCALE", field: "locale", params: { locales: [...LOCALES] } });
    }
    return this.dataSource.transaction(async (tx) => {
      await tx.update(User, { id: actor.userId }, { locale });
      await audit(tx, actor, { action: "setMyLocale", entityType: "User", entityId: actor.userId, detail: { locale } });
      return tx.findOneByOrFail(User, { id: actor.userId });
    });
  }

  /**
   * The user an actor may deactivate or reactivate: the coordinator any but themself; a
   * regional coordinator the key persons of their region (as for the profiles
   * themselves). Anyone else's is NOT_FOUND, as elsewhere outside one's scope.
   */
  private async manageable(actor: Actor, rawId: string): Promise<User> {
    const user = await this.inScope(actor, rawId);
    if (user.id === actor.userId)
      throw new BadUserInput("You cannot deactivate your own account: ask another coordinator", { reason: "CANNOT_DEACTIVATE_SELF", field: "id" });
    return user;
  }

  /**
   * A new invitation link for a user who has not chosen a password yet (the earlier links
   * stop working). The coordinator for any such account; a regional coordinator for the
   * key persons of their region.
   */
  async resendInvitation(actor: Actor, rawId: string): Promise<User> {
    const { id } = await this.inScope(actor, rawId);
    return this.dataSource.transaction(async (tx) => {
      // Locked, so an invitation accepted (or an account deactivated) meanwhile is seen.
      const user = await tx.findOne(User, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!user) throw new NotFound("User", rawId);
      if (!isInvitationPending(user))
        throw new Conflict("This user has accepted their invitation already and chosen a password", { reason: "INVITATION_ALREADY_ACCEPTED", field: "id" });
      if (user.deactivatedAt !== null)
        throw new Conflict("This account is deactivated: reactivate it before inviting", { reason: "INVITEE_DEACTIVATED", field: "id" });
      await this.invitations.send(tx, user);
      await audit(tx, actor, { action: "resendInvitation", entityType: "User", entityId: user.id, detail: { role: user.role } });
      return tx.findOneByOrFail(User, { id: user.id });
    });
  }

  /** A user the actor manages; anyone else's is NOT_FOUND. */
  private async inScope(actor: Actor, rawId: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: parseId(rawId, "User") });
    if (!user) throw new NotFound("User", rawId);
    if (actor.role === Role.REGIONAL_COORDINATOR) {
      const keyPerson = user.keyPersonId === null ? null : await this.dataSource.getRepository(KeyPerson).findOneBy({ id: user.keyPersonId });
      if (user.role !== Role.KEY_PERSON || !keyPerson || !inRegion(actor, keyPerson.homeMunicipalityCode)) throw new NotFound("User", rawId);
    }
    return user;
  }

  /** The user can no longer log in, and every session of theirs ends at once. */
  async deactivate(actor: Actor, rawId: string): Promise<User> {
    const user = await this.manageable(actor, rawId);
    return this.dataSource.transaction(async (tx) => {
      if (user.deactivatedAt === null) {
        await tx.update(User, { id: user.id }, { deactivatedAt: this.clock.now() });
        await AuthService.endSessions(tx, user.id);
        // Open reset links and invitations stop working with it.
        await tx.query(`UPDATE password_reset SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [user.id, this.clock.now()]);
        await tx.query(`UPDATE invitation SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [user.id, this.clock.now()]);
        await audit(tx, actor, { action: "deactivateUser", entityType: "User", entityId: user.id, detail: { role: user.role } });
      }
      return tx.findOneByOrFail(User, { id: user.id });
    });
  }

  /** The user may log in again (with their password: old sessions stay ended). */
  async reactivate(actor: Actor, rawId: string): Promise<User> {
    const user = await this.manageable(actor, rawId);
    return this.dataSource.transaction(async (tx) => {
      if (user.deactivatedAt !== null) {
        await tx.update(User, { id: user.id }, { deactivatedAt: null });
        await audit(tx, actor, { action: "reactivateUser", entityType: "User", entityId: user.id, detail: { role: user.role } });
      }
      return tx.findOneByOrFail(User, { id: user.id });
    });
  }
}
