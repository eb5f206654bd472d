import {
  getNamedType,
  isCompositeType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

interface Hint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

/** `@cacheControl(maxAge:, scope:, inheritMaxAge:)` as type-graphql's @Directive left it on the AST. */
function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  const hint: Hint = {};
  for (const argument of directive?.arguments ?? []) {
    const { value } = argument;
    if (argument.name.value === 'maxAge' && value.kind === Kind.INT) hint.maxAge = Number(value.value);
    if (argument.name.value === 'scope' && value.kind === Kind.ENUM)
      hint.scope = value.value === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC';
    if (argument.name.value === 'inheritMaxAge' && value.kind === Kind.BOOLEAN) hint.inheritMaxAge = value.value;
  }
  return hint;
}

const typeHint = (type: GraphQLNamedType) => hintOf(type.astNode?.directives);

/**
 * The policy of an operation from the schema's hints, with Apollo's rules (its cache-control
 * plugin, without dynamic hints): a root field or an object-typed field without a hint is not
 * cacheable, scalars inherit, `inheritMaxAge` takes the parent's. Fields under an interface or a
 * union are read from the abstract type, so a hint must be there too (Node has none: `node(id)`
 * is never public). Returns the maxAge when the whole answer is public and cacheable, else null.
 */
export function publicPolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): { maxAge: number } | null {
  if (operation.operation !== 'query') return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let maxAge = Infinity;
  let isPublic = true;
  const walk = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, isRoot: boolean, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (on && isCompositeType(on)) walk(on, selection.selectionSet, isRoot, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && on && isCompositeType(on) && !seen.has(fragment.name.value)) {
          walk(on, fragment.selectionSet, isRoot, new Set(seen).add(fragment.name.value));
        }
        continue;
      }
      if (selection.name.value === '__typename') continue;
      const field: GraphQLField<unknown, unknown> | undefined =
        'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
      if (!field) {
        maxAge = 0; // introspection (__schema, __type) or a field of a union: never public
        continue;
      }
      const target = getNamedType(field.type);
      const composite = isCompositeType(target);
      const fromType = composite ? typeHint(target) : {};
      const fromField = hintOf(field.astNode?.directives);
      const hint: Hint = { ...fromType };
      if (fromField.inheritMaxAge && hint.maxAge === undefined) {
        hint.inheritMaxAge = true;
        if (fromField.scope) hint.scope = fromField.scope;
      } else Object.assign(hint, Object.fromEntries(Object.entries(fromField).filter(([, v]) => v !== undefined)));
      if (hint.maxAge === undefined && ((composite && !hint.inheritMaxAge) || isRoot)) hint.maxAge = 0;
      if (hint.maxAge !== undefined) maxAge = Math.min(maxAge, hint.maxAge);
      if (hint.scope === 'PRIVATE') isPublic = false;
      if (composite && selection.selectionSet) walk(target, selection.selectionSet, false, seen);
    }
  };
  const root = schema.getQueryType();
  if (!root) return null;
  walk(root, operation.selectionSet, true, new Set());
  return isPublic && maxAge > 0 && Number.isFinite(maxAge) ? { maxAge } : null;
}
