import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import { canReadOrganisation, isCoordinator, type Actor } from "../domain/access";
import type { ReferenceData } from "../reference/reference.service";
import { OrganisationKind, Role } from "../shared/enums";
import { BadUserInput, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import type { PageArgs } from "../shared/pagination";
import { OrganisationSortField, sortedPage, type SortSpec } from "../shared/sorting";
import { Organisation } from "./organisation.entity";
import type { OrganisationFilter, OrganisationInput, OrganisationSort } from "./organisation.inputs";

export const ORGANISATION_NAME_MAX = 160;

const ORGANISATION_SORT: SortSpec<OrganisationSortField> = {
  columns: {
    [OrganisationSortField.NAME]: "lower(o.name)",
    [OrganisationSortField.KIND]: "o.kind",
    [OrganisationSortField.MUNICIPALITY]: "(SELECT m.name FROM municipality m WHERE m.code = o.municipality_code)",
    [OrganisationSortField.CREATED_AT]: "o.created_at",
  },
  id: "o.id",
  byDefault: [
    ["o.name", "ASC"],
    ["o.id", "ASC"],
  ],
};

export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
  ) {}

  async get(actor: Actor, rawId: string): Promise<Organisation> {
    const id = parseId(rawId, "Organisation");
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation || !canReadOrganisation(actor, id)) throw new NotFound("Organisation", rawId);
    return organisation;
  }

  async list(actor: Actor, filter: OrganisationFilter | null | undefined, page: PageArgs, sort?: OrganisationSort | null) {
    const query = this.dataSource.getRepository(Organisation).createQueryBuilder("o");
    if (!isCoordinator(actor)) query.andWhere("o.id = :own", { own: actor.role === Role.ORGANISATION ? actor.organisationId : -1 });
    if (filter?.ids) query.andWhere("o.id = ANY(:ids)", { ids: filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number) });
    if (filter?.kind) query.andWhere("o.kind = :kind", { kind: filter.kind });
    const q = filter?.q?.trim();
    if (q) {
      query.andWhere("(o.name ILIKE :q OR EXISTS (SELECT 1 FROM municipality m WHERE m.code = o.municipality_code AND m.name ILIKE :q))", {
        q: `%${q.slice(0, 160).replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return sortedPage(query, sort, ORGANISATION_SORT, page);
  }

  private columns(input: OrganisationInput) {
    const name = input.name.trim();
    if (!name) throw new BadUserInput("The organisation's name is empty", { reason: "NAME_EMPTY", field: "name" });
    if (name.length > ORGANISATION_NAME_MAX)
      throw new BadUserInput(`The name is longer than ${ORGANISATION_NAME_MAX} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "name",
        params: { max: ORGANISATION_NAME_MAX },
      });
    const municipalityCode = input.municipalityCode?.trim() || null;
    if (municipalityCode && !this.reference.municipalities.has(municipalityCode)) {
      throw new BadUserInput(`Unknown municipality code "${municipalityCode}": use a CBS code such as GM0363 (Amsterdam)`, {
        reason: "UNKNOWN_CODE",
        field: "municipalityCode",
        params: { kind: "municipality", code: municipalityCode.slice(0, 40) },
      });
    }
    return { name, municipalityCode, kind: input.kind ?? OrganisationKind.OTHER };
  }

  async create(actor: Actor, input: OrganisationInput): Promise<Organisation> {
    const columns = this.columns(input);
    return this.dataSource.transaction(async (tx) => {
      const organisation = await tx.save(tx.create(Organisation, columns));
      await audit(tx, actor, { action: "createOrganisation", entityType: "Organisation", entityId: organisation.id });
      return organisation;
    });
  }

  async update(actor: Actor, rawId: string, input: OrganisationInput): Promise<Organisation> {
    const existing = await this.get(actor, rawId);
    const columns = this.columns(input);
    return this.dataSource.transaction(async (tx) => {
      await tx.update(Organisation, { id: existing.id }, columns);
      await audit(tx, actor, { action: "updateOrganisation", entityType: "Organisation", entityId: existing.id });
      return tx.findOneByOrFail(Organisation, { id: existing.id });
    });
  }
}
