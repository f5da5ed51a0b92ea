import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

// type-graphql calls every field resolver method through a wrapper: it looks the resolver's
// instance up in its container (a linear search over the resolver classes), sorts and maps
// the parameter descriptions into arguments, and runs the middlewares, on every call. For a
// page of 100 key persons that is hundreds of calls (languages, expertise,
// homeMunicipality per item), a few percent of the request's Node time (issue 21).
//
// A field resolver that has nothing for the wrapper to do — no @Authorized (on the method,
// its class or the object type's field), no middleware (there are no global ones), and only
// @Root(), @Ctx() and @Info() parameters (no arguments to convert or validate) — is called
// directly instead, with the same arguments in the same order, on one instance of its class
// (the resolvers hold no state; type-graphql's default container also keeps one). Every
// other field resolver keeps type-graphql's wrapper.

/** The resolvers put in place here (for the tests: which fields lost type-graphql's wrapper). */
export const directResolvers = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

type ParamMetadata = { kind: string; index: number; propertyName?: string; getType?: () => unknown };
type FieldResolverMetadata = {
  kind: "external" | "internal";
  target: new () => Record<string, (...args: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  getObjectType?: () => unknown;
  roles?: unknown[];
  middlewares?: unknown[];
  params?: ParamMetadata[];
};

type Getter = (root: unknown, context: unknown, info: unknown) => unknown;

/**
 * The argument one parameter description asks for; undefined when the wrapper is needed for
 * it. A typed @Root() (the class TypeScript reflects) is the root itself when it is an
 * instance of that class or null, as type-graphql's conversion leaves it; "convert" marks it.
 */
function argumentOf(param: ParamMetadata): Getter | "convert" | undefined {
  if (param.propertyName !== undefined) return undefined;
  if (param.kind === "context") return (_root, context) => context;
  if (param.kind === "info") return (_root, _context, info) => info;
  if (param.kind === "root") return param.getType === undefined ? (root) => root : "convert";
  return undefined;
}

/** Replaces type-graphql's wrapper by a direct call where it has nothing to do; returns how many fields. */
export function directFieldResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage() as unknown as {
    fieldResolvers: FieldResolverMetadata[];
    objectTypes: { target: unknown; name: string }[];
  };
  const instances = new Map<unknown, Record<string, (...args: unknown[]) => unknown>>();
  let replaced = 0;
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== "external" || meta.roles !== undefined || (meta.middlewares?.length ?? 0) > 0 || !meta.getObjectType) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const args = params.map(argumentOf);
    if (args.some((arg) => arg === undefined) || params.some((param, i) => param.index !== i)) continue;
    // The class a typed root must be an instance of to pass unconverted; a scalar or a list type: leave the wrapper.
    const rootTypes = params.filter((param) => param.kind === "root" && param.getType).map((param) => param.getType!());
    if (rootTypes.some((type) => typeof type !== "function")) continue;
    const rootClass = rootTypes[0] as (new () => unknown) | undefined;
    const objectType = meta.getObjectType();
    for (const typeMeta of storage.objectTypes.filter((type) => type.target === objectType)) {
      const type = schema.getType(typeMeta.name);
      const field = isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
      if (!field?.resolve) continue;
      const wrapped = field.resolve;
      const target = meta.target;
      const method = meta.methodName;
      const getters = args.map((arg) => (arg === "convert" ? (root: unknown) => root : arg)) as Getter[];
      const resolve: GraphQLFieldResolver<unknown, unknown> = (root, fieldArgs, context, info) => {
        // A root type-graphql would convert (not an instance of the class): its wrapper, as before.
        if (rootClass && root != null && !(root instanceof rootClass)) return wrapped(root, fieldArgs, context, info);
        let instance = instances.get(target);
        if (!instance) instances.set(target, (instance = new target()));
        return instance[method](...getters.map((get) => get(root, context, info)));
      };
      field.resolve = resolve;
      directResolvers.add(resolve);
      replaced++;
    }
  }
  return replaced;
}
