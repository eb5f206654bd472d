import { createHash } from 'node:crypto';
import { Kind, parse, print, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

/**
 * The anonymous directory page's queries, as the client sends them (client/src/directory/
 * DirectoryPage.tsx, DirectoryResults.tsx; fragments in codegen's order: public-cache.test.ts checks
 * that the hashes still match the client's documents).
 * Persisted queries are this static allow-list rather than Apollo's APQ registry: the registry
 * lives in a process's memory (or needs a shared store), while a list known at startup answers a
 * hash on every instance alike, and the public GET surface stays the few reads meant to be cached.
 */
export const PUBLIC_QUERIES = [
  `query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id ...OrganizationResult_organization } }
    }
  }
  fragment OrganizationResult_organization on Organization {
    id slug name kind description
    commune { inseeCode name }
    services { id themes }
  }`,
  `query DirectoryPage($territorySlug: String!) {
    territory(slug: $territorySlug) { id name ...DirectoryFilters_territory ...CommuneMap_territory }
  }
  fragment CommuneFigures_territory on Territory {
    id
    communes { inseeCode name mergedOn mergedInto { inseeCode name } }
    communeStatistics { commune { inseeCode } organizationCount localOrganizationCount serviceCount }
  }
  fragment DirectoryFilters_territory on Territory {
    id
    communes { inseeCode name mergedInto { inseeCode name } }
    networks { id slug name }
  }
  fragment CommuneMap_territory on Territory {
    id boundaries
    communes { inseeCode name mergedOn mergedInto { inseeCode name } }
    communeStatistics { commune { inseeCode } organizationCount localOrganizationCount serviceCount }
    ...CommuneFigures_territory
  }`,
];

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** What Apollo Client's cache sends: `__typename` in every selection below the operation's root. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/** Hash → document text, for each query printed as is and as Apollo Client prints it. */
export function publicQueryAllowList(queries = PUBLIC_QUERIES): Map<string, string> {
  const list = new Map<string, string>();
  for (const query of queries) {
    const document = parse(query);
    for (const text of [print(document), print(withTypenames(document))]) list.set(sha256(text), text);
  }
  return list;
}
