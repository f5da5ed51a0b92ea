import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The fields of a selection set, fragments and inline fragments opened. */
function* fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): Generator<FieldNode> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(selection.selectionSet, info);
    else yield* fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  }
}

/**
 * The names of the fields a query asks for under one field of the resolved one, e.g. what
 * a list page asks of its `items`: through aliases, fragments and inline fragments. A field
 * under @skip or @include counts as asked (reading it along costs little and is never wrong).
 */
export function fieldsAskedUnder(info: GraphQLResolveInfo, child: string): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const field of fieldsOf(node.selectionSet, info)) {
      if (field.name.value !== child) continue;
      for (const grandchild of fieldsOf(field.selectionSet, info)) names.add(grandchild.name.value);
    }
  }
  return names;
}
