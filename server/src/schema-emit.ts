import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createSchema, printSortedSchema } from "./schema";
import { projectRoot } from "./shared/paths";

// `npm run schema`: writes schema/schema.graphql from the code.
createSchema().then((schema) => {
  const file = path.join(projectRoot(), "schema", "schema.graphql");
  writeFileSync(file, printSortedSchema(schema));
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
});
