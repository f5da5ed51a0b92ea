import { gql, login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true, env: { PUBLIC_RATE_LIMIT: "40" } });
});
afterAll(async () => {
  await server?.stop();
});

const PUBLIC = `query($l: [String!], $near: GeoPointInput, $km: Float) { publicKeyPersons(languageCodes: $l, near: $near, withinKm: $km, perPage: 100) { total items { id displayName municipality { code } languages { language { code } } email phone } } }`;

test("only listed key persons, only consented fields, and never a private field", async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: PUBLIC, variables: {} }),
  });
  const raw = await response.text();
  const data = JSON.parse(raw).data.publicKeyPersons;
  const [{ n }] = await server.dataSource.query(
    `SELECT count(*)::int AS n FROM key_person WHERE consent_listed AND status = 'ACTIVE' AND profile_confirmed_at >= now() - interval '180 days'`,
  );
  expect(data.total).toBe(n);
  for (const forbidden of ["homeLocation", "home_lat", "workload", "wellbeing", "supervision", "compensation", "birthYear", "origins"])
    expect(raw).not.toContain(forbidden);
  const rows = await server.dataSource.query(`SELECT id, consent_show_name, consent_show_email FROM key_person WHERE id = ANY($1)`, [
    data.items.map((i: { id: string }) => Number(i.id)),
  ]);
  for (const item of data.items) {
    const row = rows.find((r: { id: number }) => String(r.id) === item.id);
    expect(item.displayName !== null).toBe(row.consent_show_name);
    expect(item.email !== null).toBe(row.consent_show_email);
  }
});

test("withdrawing consent removes a key person at once", async () => {
  const kp = await login(server.url, "sleutelpersoon@sleutelkaart.demo", "sleutelkaart-demo");
  const { me } = await ok(server.url, `{ me { keyPerson { id } } }`, {}, kp);
  const all = { listed: true, showName: true, showMunicipality: true, showLanguages: true, showExpertise: true, showEmail: false, showPhone: false };
  await ok(
    server.url,
    `mutation($id: ID!, $i: PublicConsentInput!) { setPublicConsent(keyPersonId: $id, input: $i) { id } }`,
    { id: me.keyPerson.id, i: all },
    kp,
  );
  const listed = await ok(server.url, PUBLIC, {});
  expect(listed.publicKeyPersons.items.map((i: { id: string }) => i.id)).toContain(me.keyPerson.id);
  await ok(
    server.url,
    `mutation($id: ID!, $i: PublicConsentInput!) { setPublicConsent(keyPersonId: $id, input: $i) { id } }`,
    { id: me.keyPerson.id, i: { ...all, listed: false } },
    kp,
  );
  const after = await ok(server.url, PUBLIC, {});
  expect(after.publicKeyPersons.items.map((i: { id: string }) => i.id)).not.toContain(me.keyPerson.id);
});

test("a flood from one client is rate-limited with a clear error", async () => {
  const responses = await Promise.all(Array.from({ length: 60 }, () => gql(server.url, `{ expertiseAreas { code } }`)));
  const limited = responses.filter((r) => r.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(limited[0].errors?.[0].extensions?.code).toBe("RATE_LIMITED");
});
