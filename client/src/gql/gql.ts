/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n": typeof types.ContactPerson_PersonFragmentDoc,
    "\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.DirectoryFilters_TerritoryFragmentDoc,
    "\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n": typeof types.DirectoryPageDocument,
    "\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n": typeof types.DirectorySearchDocument,
    "\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    commune {\n      inseeCode\n      name\n    }\n  }\n": typeof types.OrganizationContact_OrganizationFragmentDoc,
    "\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n": typeof types.OrganizationNetworks_OrganizationFragmentDoc,
    "\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n": typeof types.OrganizationResult_OrganizationFragmentDoc,
    "\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n": typeof types.ServiceItem_ServiceFragmentDoc,
    "\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NetworkCard_NetworkFragmentDoc,
    "\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n  }\n": typeof types.CommuneFigures_TerritoryFragmentDoc,
    "\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n": typeof types.CommuneMap_TerritoryFragmentDoc,
    "\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n": typeof types.MapPageDocument,
    "\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n": typeof types.AnimatorItem_MembershipFragmentDoc,
    "\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n": typeof types.MatrixPageDocument,
    "\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkMatrix_TerritoryFragmentDoc,
    "\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkMembers_NetworkFragmentDoc,
    "\n  query NetworkPage($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n    }\n  }\n": typeof types.NetworkPageDocument,
};
const documents: Documents = {
    "\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n": types.ContactPerson_PersonFragmentDoc,
    "\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n": types.DirectoryFilters_TerritoryFragmentDoc,
    "\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n": types.DirectoryPageDocument,
    "\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n": types.DirectorySearchDocument,
    "\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    commune {\n      inseeCode\n      name\n    }\n  }\n": types.OrganizationContact_OrganizationFragmentDoc,
    "\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n": types.OrganizationNetworks_OrganizationFragmentDoc,
    "\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n": types.OrganizationResult_OrganizationFragmentDoc,
    "\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n": types.ServiceItem_ServiceFragmentDoc,
    "\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.NetworkCard_NetworkFragmentDoc,
    "\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n  }\n": types.CommuneFigures_TerritoryFragmentDoc,
    "\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n": types.CommuneMap_TerritoryFragmentDoc,
    "\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n": types.MapPageDocument,
    "\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n": types.AnimatorItem_MembershipFragmentDoc,
    "\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n": types.MatrixPageDocument,
    "\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.NetworkMatrix_TerritoryFragmentDoc,
    "\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n": types.NetworkMembers_NetworkFragmentDoc,
    "\n  query NetworkPage($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n    }\n  }\n": types.NetworkPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment ContactPerson_person on Person {\n    id\n    firstName\n    lastName\n    jobTitle\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryFilters_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    networks {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n"): (typeof documents)["\n  query DirectoryPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...DirectoryFilters_territory\n      ...CommuneMap_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganizationResult_organization\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    commune {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationContact_organization on Organization {\n    id\n    address\n    website\n    publicEmail\n    publicPhone\n    commune {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationNetworks_organization on Organization {\n    id\n    networks {\n      id\n      slug\n      name\n      kind\n    }\n    memberships {\n      id\n      role\n      network {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPage($slug: String!, $territorySlug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      kind\n      description\n      labels\n      ...OrganizationContact_organization\n      services {\n        id\n        ...ServiceItem_service\n      }\n      ...OrganizationNetworks_organization\n      people {\n        id\n        ...ContactPerson_person\n      }\n    }\n    territory(slug: $territorySlug) {\n      id\n      communes {\n        inseeCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationResult_organization on Organization {\n    id\n    slug\n    name\n    kind\n    description\n    commune {\n      inseeCode\n      name\n    }\n    services {\n      id\n      themes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceItem_service on Service {\n    id\n    name\n    description\n    themes\n    audiences\n    modes\n    communesServed {\n      inseeCode\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      networks {\n        id\n        ...NetworkCard_network\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkCard_network on Network {\n    id\n    slug\n    name\n    kind\n    theme\n    animators {\n      id\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n  }\n"): (typeof documents)["\n  fragment CommuneFigures_territory on Territory {\n    id\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n"): (typeof documents)["\n  fragment CommuneMap_territory on Territory {\n    id\n    boundaries\n    communes {\n      inseeCode\n      name\n      mergedOn\n      mergedInto {\n        inseeCode\n        name\n      }\n    }\n    communeStatistics {\n      commune {\n        inseeCode\n      }\n      organizationCount\n      serviceCount\n    }\n    ...CommuneFigures_territory\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n"): (typeof documents)["\n  query MapPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...CommuneMap_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment AnimatorItem_membership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n    }\n    person {\n      id\n      firstName\n      lastName\n      jobTitle\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n"): (typeof documents)["\n  query MatrixPage($territorySlug: String!) {\n    territory(slug: $territorySlug) {\n      id\n      name\n      ...NetworkMatrix_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkMatrix_territory on Territory {\n    id\n    networks {\n      id\n      slug\n      name\n      memberships {\n        id\n        role\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkMembers_network on Network {\n    id\n    memberships {\n      id\n      role\n      organization {\n        id\n        slug\n        name\n        kind\n        commune {\n          inseeCode\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPage($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n    }\n  }\n"): (typeof documents)["\n  query NetworkPage($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      theme\n      description\n      animators {\n        id\n        ...AnimatorItem_membership\n      }\n      ...NetworkMembers_network\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;