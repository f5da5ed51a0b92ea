import type { DataSource } from "typeorm";
import { anyOf, byIdLoader } from "../shared/loader";
import { User } from "./user.entity";

export function createUserLoaders(dataSource: DataSource) {
  return {
    userById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(User).findBy({ id: anyOf(ids) }),
      (user) => user.id,
    ),
    /** A key person's account (at most one: a unique index). */
    userByKeyPersonId: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(User).findBy({ keyPersonId: anyOf(ids) }),
      (user) => user.keyPersonId!,
    ),
  };
}
