import { registerEnumType } from "type-graphql";
import * as Enums from "../domain/enums";

// The enums of the API contract live in domain/enums.ts (the console reads them too); here
// every one of them becomes the GraphQL enum of the same name.
export * from "../domain/enums";

for (const [name, values] of Object.entries(Enums)) registerEnumType(values, { name });
