import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import { hashPassword } from "../auth/password";
import { Role } from "../shared/enums";
import { User } from "../users/user.entity";

/** ADMIN_EMAIL/ADMIN_PASSWORD: the first coordinator of a new installation; an existing account is left alone. */
export async function ensureAdmin(dataSource: DataSource, rawEmail: string, password: string, log: (line: string) => void) {
  const email = rawEmail.trim().toLowerCase();
  if (await dataSource.getRepository(User).existsBy({ email })) return;
  const passwordHash = await hashPassword(password);
  await dataSource.transaction(async (tx) => {
    const user = await tx.save(tx.create(User, { email, passwordHash, role: Role.COORDINATOR }));
    await audit(tx, null, { action: "createAdmin", entityType: "User", entityId: user.id });
  });
  log(`Created coordinator ${email} from ADMIN_EMAIL`);
}
