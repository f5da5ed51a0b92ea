import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/password";
import type { Actor } from "../domain/access";
import { isEmail } from "../domain/key-person-rules";
import { Organisation } from "../organisations/organisation.entity";
import type { ReferenceData } from "../reference/reference.service";
import { isUniqueViolation } from "../shared/db-errors";
import { Role } from "../shared/enums";
import { BadUserInput, Conflict, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { User } from "./user.entity";
import type { CreateUserInput, UserFilter } from "./user.inputs";

export const LOCALES = ["nl", "en"] as const;

export class UserService {
  constructor(private readonly dataSource: DataSource, private readonly reference: ReferenceData) {}

  async get(rawId: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: parseId(rawId, "User") });
    if (!user) throw new NotFound("User", rawId);
    return user;
  }

  async list(filter: UserFilter | null | undefined, page: PageArgs) {
    const query = this.dataSource.getRepository(User).createQueryBuilder("u");
    if (filter?.ids) query.andWhere("u.id = ANY(:ids)", { ids: filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number) });
    if (filter?.role) query.andWhere("u.role = :role", { role: filter.role });
    const q = filter?.q?.trim();
    if (q) query.andWhere("u.email ILIKE :q", { q: `%${q.slice(0, 254).replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const { skip, take } = pageWindow(page);
    const [items, total] = await query.orderBy("u.email", "ASC").skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (!isEmail(email)) throw new BadUserInput(`"${input.email}" is not an e-mail address`, "email");
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw new BadUserInput(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`, "password");
    }
    if (input.role === Role.KEY_PERSON) {
      throw new BadUserInput("Key persons get their account with createKeyPerson, which also creates their profile", "role");
    }
    let organisationId: number | null = null;
    if (input.role === Role.ORGANISATION) {
      if (!input.organisationId) throw new BadUserInput("An organisation account needs the organisation it works for", "organisationId");
      organisationId = parseId(input.organisationId, "Organisation");
    }
    const municipalityCodes = input.role === Role.REGIONAL_COORDINATOR ? [...new Set(input.municipalityCodes ?? [])] : [];
    if (input.role === Role.REGIONAL_COORDINATOR && municipalityCodes.length === 0) {
      throw new BadUserInput("A regional coordinator needs the municipalities of their region", "municipalityCodes");
    }
    const unknown = municipalityCodes.filter((code) => !this.reference.municipalities.has(code));
    if (unknown.length) throw new BadUserInput(`Unknown municipality codes: ${unknown.join(", ")}`, "municipalityCodes");
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (tx) => {
        if (organisationId !== null && !(await tx.existsBy(Organisation, { id: organisationId }))) {
          throw new NotFound("Organisation", organisationId);
        }
        if (await tx.existsBy(User, { email })) throw new Conflict(`The e-mail address ${email} is already in use: each account needs its own address`);
        const user = await tx.save(tx.create(User, { email, passwordHash, role: input.role, organisationId, municipalityCodes }));
        await audit(tx, actor, { action: "createUser", entityType: "User", entityId: user.id, detail: { role: input.role } });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new Conflict(`The e-mail address ${email} is already in use: each account needs its own address`);
      throw error;
    }
  }

  async setLocale(actor: Actor, locale: string): Promise<User> {
    if (!(LOCALES as readonly string[]).includes(locale)) throw new BadUserInput(`Choose one of ${LOCALES.join(", ")}`, "locale");
    return this.dataSource.transaction(async (tx) => {
      await tx.update(User, { id: actor.userId }, { locale });
      await audit(tx, actor, { action: "setMyLocale", entityType: "User", entityId: actor.userId, detail: { locale } });
      return tx.findOneByOrFail(User, { id: actor.userId });
    });
  }
}
