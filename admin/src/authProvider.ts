import type { AuthProvider, UserIdentity } from "react-admin";
import { canAccess } from "./canAccess";
import { clearToken, getToken, graphqlRequest, setToken, type GraphQLErrorBody } from "./dataProvider/graphqlClient";
import { graphql } from "./gql";
import type { Me, Permissions } from "./types";

const ME_KEY = "sleutelkaart.me";

/** Refusals of a login the console words itself (i18n account.login.*). */
const LOGIN_REASONS = new Set(["LOGIN_FAILED", "ACCOUNT_DEACTIVATED", "LOGIN_THROTTLED"]);

const ME_QUERY = graphql(`
  query Me {
    me {
      id
      email
      role
      locale
      keyPerson {
        id
        displayName
      }
      organisation {
        id
        name
      }
      municipalities {
        code
        name
      }
    }
  }
`);

const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

// `me` is read once at login and kept, so menus and access checks need no round trip.
export const getStoredMe = (): Me | null => {
  const stored = localStorage.getItem(ME_KEY);
  return stored ? (JSON.parse(stored) as Me) : null;
};

export const storeMe = (me: Me): void => localStorage.setItem(ME_KEY, JSON.stringify(me));

/** Reads who is signed in (with the token just stored) and keeps it, after a login or a password reset. */
export async function loadMe(): Promise<void> {
  const { me } = await graphqlRequest(ME_QUERY, {});
  if (!me) throw new Error("ra.auth.sign_in_error");
  storeMe(me);
}

const forget = () => {
  clearToken();
  localStorage.removeItem(ME_KEY);
};

const permissionsOf = (me: Me): Permissions => ({
  role: me.role,
  keyPersonId: me.keyPerson?.id ?? null,
  organisationId: me.organisation?.id ?? null,
});

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    forget();
    const { login } = await graphqlRequest(LOGIN_MUTATION, {
      email: username.trim(),
      password,
    }).catch((error: { body?: GraphQLErrorBody }) => {
      // The login form translates the message as a key: word the reason, never the server's English.
      const reason = error?.body?.reason;
      throw reason && LOGIN_REASONS.has(reason) ? new Error(`account.login.${reason}`) : error;
    });
    setToken(login.token);
    await loadMe();
  },

  async logout() {
    forget();
  },

  async checkAuth() {
    if (!getToken() || !getStoredMe()) throw new Error("ra.auth.auth_check_error");
  },

  async checkError(error: { status?: number }) {
    // 403 means "not for your role": stay logged in and let the page say so
    if (error?.status === 401) {
      forget();
      throw new Error("ra.notification.logged_out");
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const me = getStoredMe();
    if (!me) throw new Error("ra.auth.auth_check_error");
    return { id: me.id, fullName: me.keyPerson?.displayName ?? me.email, email: me.email, locale: me.locale };
  },

  async getPermissions(): Promise<Permissions | null> {
    const me = getStoredMe();
    return me ? permissionsOf(me) : null;
  },

  async canAccess({ action, resource }) {
    return canAccess(getStoredMe()?.role, action, resource);
  },
};
