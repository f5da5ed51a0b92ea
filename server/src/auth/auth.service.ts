import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import { Unauthenticated } from "../shared/errors";
import { User } from "../users/user.entity";
import { LoginThrottle, type ThrottleLimits } from "./login-throttle";
import { verifyPassword } from "./password";
import type { TokenService } from "./token";

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    limits: ThrottleLimits,
    private readonly throttle = new LoginThrottle(limits, () => clock.now().getTime()),
  ) {}

  async login(email: string, password: string, client: string): Promise<{ token: string; user: User }> {
    const address = email.trim().toLowerCase().slice(0, 254);
    this.throttle.assertAllowed(address, client);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: address });
    // The same message, and the same work, for an unknown address and a wrong password: no hint which accounts exist.
    const valid = await verifyPassword(user?.passwordHash ?? null, password.slice(0, 1024));
    if (!user || !valid) {
      this.throttle.recordFailure(address, client);
      throw new Unauthenticated("The e-mail address or password is wrong");
    }
    this.throttle.recordSuccess(address);
    await this.dataSource.getRepository(User).update({ id: user.id }, { lastLoginAt: this.clock.now() });
    return { token: await this.tokens.sign(user.id, this.clock.now()), user };
  }

  /**
   * The actor behind a bearer token. No token, or a bad or expired one, is anonymous:
   * anything that needs a login then answers UNAUTHENTICATED, while `login` still works.
   */
  async actorFor(authorization: string | undefined): Promise<{ actor: Actor; user: User } | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const userId = match ? await this.tokens.verify(match[1], this.clock.now()) : null;
    const user = userId === null ? null : await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) return null;
    return {
      user,
      actor: {
        userId: user.id,
        role: user.role,
        keyPersonId: user.keyPersonId,
        organisationId: user.organisationId,
        municipalityCodes: user.municipalityCodes,
      },
    };
  }
}
