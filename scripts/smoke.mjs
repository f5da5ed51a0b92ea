// Logs in as the demo coordinator and lists key persons: what a new user does first.
const url = process.argv[2] ?? "http://localhost:4000";
async function gql(query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const { login } = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
  e: "coordinator@sleutelkaart.demo",
  p: "sleutelkaart-demo",
});
const { keyPersons } = await gql(`{ keyPersons(perPage: 3) { total items { displayName homeMunicipality { name } } } }`, {}, login.token);
if (keyPersons.total < 250) throw new Error(`Expected the demo registry, got ${keyPersons.total} key persons`);
const page = await fetch(url);
if (!page.ok || !(await page.text()).includes('<div id="root">')) throw new Error("The console is not served at /");
console.log(`smoke: ${keyPersons.total} key persons, e.g. ${keyPersons.items.map((k) => `${k.displayName} (${k.homeMunicipality.name})`).join(", ")}`);
