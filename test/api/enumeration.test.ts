// No enumeration of accounts (issue 13 §5): changing a key person's e-mail address tells
// no key person, and no regional coordinator, whether another account has that address.
import { DEMO, DEMO_PASSWORD, freshEmail, keyPersonInput, UPDATE_KEY_PERSON, KEY_PERSON_FIELDS } from "../support/fixtures";
import { gql, login, ok, rowCounts } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(async () => {
  await server?.stop();
});

async function ownProfile(token: string) {
  const { me } = await ok(server.url, `{ me { keyPerson { ${KEY_PERSON_FIELDS} } } }`, {}, token);
  const kp = me.keyPerson;
  return {
    id: kp.id as string,
    input: keyPersonInput({
      displayName: kp.displayName,
      email: kp.email,
      phone: kp.phone,
      gender: kp.gender,
      birthYear: kp.birthYear,
      origins: kp.origins,
      languages: kp.languages.map((l: any) => ({ code: l.language.code, level: l.level, dialect: l.dialect })),
      expertiseCodes: kp.expertise.map((e: any) => e.code),
      homeLocation: kp.homeLocation,
      maxTravelKm: kp.maxTravelKm,
      remoteAvailable: kp.remoteAvailable,
      weeklyCapacityHours: kp.weeklyCapacityHours,
      compensationType: kp.compensationType,
    }),
  };
}

const answer = (response: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => {
  const error = response.errors?.[0];
  return error && { message: error.message, code: error.extensions?.code, reason: error.extensions?.reason };
};

test("a key person changing their own e-mail address gets the same answer for an address with and without an account", async () => {
  const token = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
  const { id, input } = await ownProfile(token);
  const before = await rowCounts(server.dataSource);
  const taken = answer(await gql(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, email: DEMO.COORDINATOR } }, token));
  const free = answer(await gql(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, email: freshEmail("free") } }, token));
  expect(taken).toBeDefined();
  expect(taken).toEqual(free);
  expect(taken!.message).not.toMatch(/in use|account/i);
  expect(await rowCounts(server.dataSource)).toEqual(before);
  // The rest of the profile is still the key person's to edit.
  await ok(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, maxTravelKm: input.maxTravelKm + 1 } }, token);
});

test("a regional coordinator gets a neutral answer that names no account; the national coordinator is told it is in use", async () => {
  const regional = await login(server.url, DEMO.REGIONAL_COORDINATOR, DEMO_PASSWORD);
  const coordinator = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
  const { id, input } = await ownProfile(await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD));
  const neutral = answer(await gql(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, email: DEMO.ORGANISATION } }, regional));
  expect(neutral).toMatchObject({ code: "CONFLICT", reason: "EMAIL_NOT_AVAILABLE" });
  expect(neutral!.message).not.toContain(DEMO.ORGANISATION);
  expect(neutral!.message).not.toMatch(/in use|account/i);
  const told = answer(await gql(server.url, UPDATE_KEY_PERSON, { id, input: { ...input, email: DEMO.ORGANISATION } }, coordinator));
  expect(told).toMatchObject({ code: "CONFLICT", reason: "EMAIL_IN_USE" });
});
