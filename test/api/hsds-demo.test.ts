import { HsdsSchemas } from "../support/hsds-schemas";
import { startTestServer, type TestServer } from "../support/server";

// The demo data (the national lines and the regional demo services of server/src/seed/) as
// the open-data API publishes it: every list and every detail valid against the HSDS schemas.

let server: TestServer;
const schemas = new HsdsSchemas();

beforeAll(async () => {
  schemas.warm();
  server = await startTestServer({ seedDemo: true });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

async function json(path: string): Promise<any> {
  const response = await fetch(`${server.url}${path}`);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  return response.json();
}

test("every demo service, organisation and location is published valid, and only public active services are", async () => {
  const services = await json("/hsds/services?full=true&per_page=200");
  expect(schemas.problemsForPath("/services", services)).toEqual([]);
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM care_service WHERE public AND status = 'ACTIVE'`);
  expect(services.total_items).toBe(n);
  expect(n).toBeGreaterThan(0);
  const names = services.contents.map((s: { name: string }) => s.name).join("\n");
  expect(names).toMatch(/Veilig Thuis/);
  for (const service of services.contents) {
    expect({ id: service.id, problems: schemas.problemsFor("service", service) }).toEqual({ id: service.id, problems: [] });
    const detail = await json(`/hsds/services/${service.id}`);
    expect({ id: service.id, problems: schemas.problemsForPath("/services/{id}", detail) }).toEqual({ id: service.id, problems: [] });
  }
  const organisations = await json("/hsds/organizations?per_page=200");
  expect(schemas.problemsForPath("/organizations", organisations)).toEqual([]);
  for (const organisation of organisations.contents) {
    const detail = await json(`/hsds/organizations/${organisation.id}?full_service=true`);
    expect({ id: organisation.id, problems: schemas.problemsFor("organization", detail) }).toEqual({ id: organisation.id, problems: [] });
  }
  const locations = await json("/hsds/service_at_locations?per_page=200");
  expect(schemas.problemsForPath("/service_at_locations", locations)).toEqual([]);
  for (const sal of locations.contents) {
    const detail = await json(`/hsds/service_at_locations/${sal.id}`);
    expect({ id: sal.id, problems: schemas.problemsForPath("/service_at_locations/{id}", detail) }).toEqual({ id: sal.id, problems: [] });
    expect({ id: sal.id, problems: schemas.problemsFor("service_at_location", detail) }).toEqual({ id: sal.id, problems: [] });
  }
  // The public map lists the same services.
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ publicServices(perPage: 100) { total } }" }),
  });
  expect((await response.json()).data.publicServices.total).toBe(n);
});
