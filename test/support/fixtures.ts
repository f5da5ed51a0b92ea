// What the API tests share besides the server and the GraphQL client: the demo logins,
// a valid key person input to vary, and the field selections the tests read back.
import { login } from "./graphql";
import { startTestServer, type TestServer } from "./server";

export const DEMO_PASSWORD = "sleutelkaart-demo";

export const DEMO = {
  COORDINATOR: "coordinator@sleutelkaart.demo",
  REGIONAL_COORDINATOR: "regio@sleutelkaart.demo",
  ORGANISATION: "organisatie@sleutelkaart.demo",
  KEY_PERSON: "sleutelpersoon@sleutelkaart.demo",
} as const;
export type DemoRole = keyof typeof DEMO;
export const DEMO_ROLES = Object.keys(DEMO) as DemoRole[];

/** The demo regional coordinator's municipalities (GGD Amsterdam region). */
export const DEMO_REGION = ["GM0363", "GM0362", "GM0358", "GM0384", "GM0437", "GM0451"];

/** Dam square, Amsterdam (GM0363). */
export const DAM = { lat: 52.3731, lon: 4.8926 };
/** Neude, Utrecht (GM0344): outside the demo region. */
export const UTRECHT = { lat: 52.0928, lon: 5.1187 };

export async function loginAll(url: string): Promise<Record<DemoRole, string>> {
  const tokens = await Promise.all(DEMO_ROLES.map((role) => login(url, DEMO[role], DEMO_PASSWORD)));
  return Object.fromEntries(DEMO_ROLES.map((role, i) => [role, tokens[i]])) as Record<DemoRole, string>;
}

let made = 0;
/** A unique, valid e-mail address for a new account. */
/**
 * A fresh server with the demo data (in a database of its own) and every demo role logged in:
 * most API test files start so. Stop the server in afterAll.
 */
export async function startDemoServer(
  options: Omit<NonNullable<Parameters<typeof startTestServer>[0]>, "seedDemo"> = {},
): Promise<{ server: TestServer; tokens: Record<DemoRole, string> }> {
  const server = await startTestServer({ ...options, seedDemo: true });
  try {
    return { server, tokens: await loginAll(server.url) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export function freshEmail(prefix = "kp"): string {
  return `${prefix}.${process.pid}.${Date.now().toString(36)}.${++made}@example.nl`;
}

export interface KeyPersonInputVars {
  displayName: string;
  email: string;
  phone?: string | null;
  gender?: string | null;
  birthYear?: number | null;
  languages: { code: string; level: string; dialect?: string | null }[];
  expertiseCodes: string[];
  homeLocation: { lat: number; lon: number };
  maxTravelKm: number;
  remoteAvailable: boolean;
  weeklyCapacityHours: number;
  compensationType: string;
  origins?: string[] | null;
}

/** A valid KeyPersonInput living on the Dam; override what a test is about. */
export function keyPersonInput(overrides: Partial<KeyPersonInputVars> = {}): KeyPersonInputVars {
  return {
    displayName: "Selam Tesfay",
    email: freshEmail(),
    phone: "+31 6 12345678",
    gender: "FEMALE",
    birthYear: 1988,
    languages: [
      { code: "tir", level: "NATIVE", dialect: null },
      { code: "nld", level: "FLUENT", dialect: null },
    ],
    expertiseCodes: ["SGBV", "MENTAL_HEALTH"],
    homeLocation: DAM,
    maxTravelKm: 25,
    remoteAvailable: true,
    weeklyCapacityHours: 8,
    compensationType: "VOLUNTEER",
    origins: ["ER"],
    ...overrides,
  };
}

/** Every field of KeyPerson, private ones included. */
export const KEY_PERSON_FIELDS = `
  id displayName email phone gender birthYear origins
  languages { language { code name } level dialect }
  expertise { code name }
  homeMunicipality { code name province }
  homeLocation { lat lon }
  maxTravelKm remoteAvailable weeklyCapacityHours status compensationType
  workload { weeklyCapacityHours committedHours utilisation }
  supervisionStatus wellbeingStatus profileConfirmedAt stale
  publicConsent { listed showName showMunicipality showLanguages showExpertise showEmail showPhone }
`;

export const CREATE_KEY_PERSON = `mutation($input: KeyPersonInput!, $password: String) {
  createKeyPerson(input: $input, password: $password) { ${KEY_PERSON_FIELDS} }
}`;
export const UPDATE_KEY_PERSON = `mutation($id: ID!, $input: KeyPersonInput!) {
  updateKeyPerson(id: $id, input: $input) { ${KEY_PERSON_FIELDS} }
}`;

export const CONSENT_ALL = { listed: true, showName: true, showMunicipality: true, showLanguages: true, showExpertise: true, showEmail: true, showPhone: true };
