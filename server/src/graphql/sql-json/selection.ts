import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** One field the query asks for on an object, its arguments resolved, what it asks of the value. */
export interface SelectedField {
  name: string;
  args: Record<string, unknown>;
  /** The fields asked of its value, by field name; empty for scalars and enums. */
  selection: Selection;
}

/**
 * The fields asked of one object, by field name: aliases of one field with the same arguments
 * merge (their sub-selections unite, so one value answers every alias). Null when the query
 * cannot be answered by one value per field — the same field under two sets of arguments, or an
 * abstract type below the root — so that the caller takes the resolvers' path.
 */
export type Selection = Map<string, SelectedField>;

interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function included(node: FieldNode | SelectionSetNode['selections'][number], walk: Walk): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}

function typeConditionHolds(type: GraphQLObjectType, condition: string | undefined): boolean {
  return !condition || condition === type.name || type.getInterfaces().some((i) => i.name === condition);
}

function collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[], walk: Walk, into: FieldNode[]): boolean {
  for (const set of sets) {
    for (const node of set.selections) {
      if (!included(node, walk)) continue;
      if (node.kind === 'Field') into.push(node);
      else if (node.kind === 'InlineFragment') {
        if (typeConditionHolds(type, node.typeCondition?.name.value)) collect(type, [node.selectionSet], walk, into);
      } else {
        const fragment = walk.fragments[node.name.value];
        if (!fragment) return false;
        if (typeConditionHolds(type, fragment.typeCondition.name.value)) collect(type, [fragment.selectionSet], walk, into);
      }
    }
  }
  return true;
}

function selectionOn(type: GraphQLObjectType, sets: readonly SelectionSetNode[], walk: Walk): Selection | null {
  const nodes: FieldNode[] = [];
  if (!collect(type, sets, walk, nodes)) return null;
  const byName = new Map<string, { args: Record<string, unknown>; key: string; sets: SelectionSetNode[] }>();
  const fields = type.getFields();
  for (const node of nodes) {
    const name = node.name.value;
    if (name === '__typename') continue;
    const definition = fields[name];
    if (!definition) return null;
    const args = getArgumentValues(definition, node, walk.variables);
    const key = JSON.stringify(args);
    const seen = byName.get(name);
    if (seen && seen.key !== key) return null;
    const entry = seen ?? { args, key, sets: [] };
    if (node.selectionSet) entry.sets.push(node.selectionSet);
    byName.set(name, entry);
  }
  const selection: Selection = new Map();
  for (const [name, { args, sets: childSets }] of byName) {
    let children: Selection = new Map();
    if (childSets.length) {
      const childType = getNamedType(fields[name].type);
      if (!isObjectType(childType)) return null;
      const nested = selectionOn(childType, childSets, walk);
      if (!nested) return null;
      children = nested;
    }
    selection.set(name, { name, args, selection: children });
  }
  return selection;
}

/** What the current field asks of its value (an object type, or a list of one). */
export function selectionOf(info: GraphQLResolveInfo): Selection | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return null;
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return selectionOn(type, sets, { fragments: info.fragments, variables: info.variableValues });
}
