/**
 * What the benchmark asks, three ways: Maillage's GraphQL API, the same data through
 * PostGraphile's schema (inferred from our tables, so in its naming: `allOrganizations`,
 * `servicesByOrganizationId`…), and the floor (one hand-written SQL statement per request, see
 * servers/floor-queries.ts). Queries follow the client's own pages. People's email and phone are
 * left out everywhere: Maillage resolves them per viewer, PostGraphile would serve them to anyone.
 */

export type ServerName = 'maillage' | 'postgraphile' | 'floor';
export const SERVERS: readonly ServerName[] = ['maillage', 'postgraphile', 'floor'];

export interface ScenarioParams {
  /** The most populous commune of the Drôme (Valence) — the busiest real filter. */
  communeInseeCode: string;
  organizationSlugs: string[];
  networkSlugs: string[];
}

export interface BenchRequest {
  path: string;
  body: string;
}

export interface Scenario {
  name: string;
  title: string;
  requests: (server: ServerName, params: ScenarioParams) => BenchRequest[];
  /** What must be equal across servers: the organisations listed, in order, and the totals. */
  fingerprint: (server: ServerName, response: any) => unknown;
}

export const DIRECTORY_PAGE_SIZE = 50;
export const SEARCH_PAGE_SIZE = 20;

const MAILLAGE_DIRECTORY = `query Directory($first: Int) {
  organizations(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id slug name kind description
      commune { inseeCode name }
      services { id name themes audiences modes communesServed { inseeCode name } }
      memberships { role network { slug name } }
      networks { slug name }
    } }
  }
}`;

const POSTGRAPHILE_DIRECTORY = `query Directory($first: Int) {
  allOrganizations(first: $first, orderBy: [SEARCH_NAME_ASC, ID_ASC]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id slug name kind description
      communeByCommuneInseeCode { inseeCode name }
      servicesByOrganizationId(orderBy: [NAME_ASC, ID_ASC]) { nodes {
        id name themes audiences modes
        serviceCommuneServedsByServiceId { nodes { communeByCommuneInseeCode { inseeCode name } } }
      } }
      membershipsByOrganizationId { nodes { role networkByNetworkId { slug name } } }
    }
  }
}`;

const MAILLAGE_SEARCH = `query DirectorySearch($filter: OrganizationFilter, $first: Int) {
  organizations(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id slug name kind description
      commune { inseeCode name }
      services { id themes }
    } }
  }
}`;

/** PostGraphile searches through a function (servers/postgraphile-search.sql), its idiomatic way. */
const POSTGRAPHILE_SEARCH = `query DirectorySearch($search: String!, $commune: String, $first: Int) {
  searchOrganizations(search: $search, commune: $commune, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id slug name kind description
      communeByCommuneInseeCode { inseeCode name }
      servicesByOrganizationId { nodes { id themes } }
    } }
  }
}`;

const MAILLAGE_ORGANIZATION = `query OrganizationPage($slug: String!) {
  organization(slug: $slug) {
    id slug name kind description labels address website publicEmail publicPhone
    commune { inseeCode name }
    services { id name description themes audiences modes communesServed { inseeCode name } }
    networks { id slug name kind }
    memberships { id role network { id } }
    people { id firstName lastName jobTitle }
  }
}`;

const POSTGRAPHILE_ORGANIZATION = `query OrganizationPage($slug: String!) {
  organizationBySlug(slug: $slug) {
    id slug name kind description labels address website publicEmail publicPhone
    communeByCommuneInseeCode { inseeCode name }
    servicesByOrganizationId(orderBy: [NAME_ASC, ID_ASC]) { nodes {
      id name description themes audiences modes
      serviceCommuneServedsByServiceId { nodes { communeByCommuneInseeCode { inseeCode name } } }
    } }
    membershipsByOrganizationId { nodes { id role networkByNetworkId { id slug name kind } } }
    peopleByOrganizationId(orderBy: [LAST_NAME_ASC, FIRST_NAME_ASC]) { nodes { id firstName lastName jobTitle } }
  }
}`;

const MAILLAGE_NETWORK = `query NetworkPage($slug: String!) {
  network(slug: $slug) {
    id slug name kind theme description
    animators { id role organization { id slug name } person { id firstName lastName jobTitle } }
    memberships { id role organization { id slug name kind commune { inseeCode name } } }
  }
}`;

const POSTGRAPHILE_NETWORK = `query NetworkPage($slug: String!) {
  networkBySlug(slug: $slug) {
    id slug name kind theme description
    membershipsByNetworkId { nodes {
      id role
      organizationByOrganizationId { id slug name kind communeByCommuneInseeCode { inseeCode name } }
      personByPersonId { id firstName lastName jobTitle }
    } }
  }
}`;

const graphql = (query: string, variables: Record<string, unknown>): BenchRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const floor = (scenario: string, variables: Record<string, unknown>): BenchRequest => ({
  path: `/floor/${scenario}`,
  body: JSON.stringify(variables),
});

const sorted = (values: string[]) => [...values].sort();

function search(name: string, text: string): Scenario {
  return {
    name,
    title: `search « ${text} » + commune, ${SEARCH_PAGE_SIZE} per page`,
    requests: (server, { communeInseeCode }) => {
      if (server === 'maillage') return [graphql(MAILLAGE_SEARCH, { filter: { text, communeInseeCode }, first: SEARCH_PAGE_SIZE })];
      if (server === 'postgraphile') return [graphql(POSTGRAPHILE_SEARCH, { search: text, commune: communeInseeCode, first: SEARCH_PAGE_SIZE })];
      return [floor('search', { text, communeInseeCode, first: SEARCH_PAGE_SIZE })];
    },
    fingerprint: (server, response) => {
      const connection = server === 'postgraphile' ? response.data.searchOrganizations : response.data.organizations;
      return { totalCount: connection.totalCount, slugs: connection.edges.map((e: any) => e.node.slug) };
    },
  };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'directory',
    title: `directory page: ${DIRECTORY_PAGE_SIZE} organisations with services, communes, memberships, networks`,
    requests: (server) => {
      if (server === 'maillage') return [graphql(MAILLAGE_DIRECTORY, { first: DIRECTORY_PAGE_SIZE })];
      if (server === 'postgraphile') return [graphql(POSTGRAPHILE_DIRECTORY, { first: DIRECTORY_PAGE_SIZE })];
      return [floor('directory', { first: DIRECTORY_PAGE_SIZE })];
    },
    fingerprint: (server, response) => {
      const connection = server === 'postgraphile' ? response.data.allOrganizations : response.data.organizations;
      const nodes: any[] = server === 'postgraphile' ? connection.nodes : connection.edges.map((e: any) => e.node);
      const servedOf = (node: any) => server === 'postgraphile'
        ? node.servicesByOrganizationId.nodes.flatMap((s: any) => s.serviceCommuneServedsByServiceId.nodes.map((c: any) => c.communeByCommuneInseeCode.inseeCode))
        : node.services.flatMap((s: any) => s.communesServed.map((c: any) => c.inseeCode));
      const networksOf = (node: any) => server === 'postgraphile'
        ? node.membershipsByOrganizationId.nodes.map((m: any) => m.networkByNetworkId.slug)
        : node.memberships.map((m: any) => m.network.slug);
      const servicesOf = (node: any) => (server === 'postgraphile' ? node.servicesByOrganizationId.nodes : node.services);
      const communeOf = (node: any) => (server === 'postgraphile' ? node.communeByCommuneInseeCode : node.commune);
      return {
        totalCount: connection.totalCount,
        slugs: nodes.map((n) => n.slug),
        communes: nodes.map((n) => communeOf(n)?.inseeCode ?? null),
        services: nodes.map((n) => sorted(servicesOf(n).map((s: any) => `${s.id}:${s.themes.join('+')}`)).join(',')),
        communesServed: nodes.map((n) => sorted(servedOf(n)).join(',')),
        networks: nodes.map((n) => sorted(networksOf(n)).join(',')),
      };
    },
  },
  search('search-parentalite', 'parentalité'),
  search('search-numerique', 'numérique'),
  {
    name: 'organization',
    title: 'organisation page (20 organisations in turn)',
    requests: (server, { organizationSlugs }) => organizationSlugs.map((slug) => {
      if (server === 'maillage') return graphql(MAILLAGE_ORGANIZATION, { slug });
      if (server === 'postgraphile') return graphql(POSTGRAPHILE_ORGANIZATION, { slug });
      return floor('organization', { slug });
    }),
    fingerprint: (server, response) => {
      const o = server === 'postgraphile' ? response.data.organizationBySlug : response.data.organization;
      const services = server === 'postgraphile' ? o.servicesByOrganizationId.nodes : o.services;
      const people = server === 'postgraphile' ? o.peopleByOrganizationId.nodes : o.people;
      return { slug: o.slug, services: sorted(services.map((s: any) => s.id)), people: sorted(people.map((p: any) => p.id)) };
    },
  },
  {
    name: 'network',
    title: 'network page (10 networks in turn)',
    requests: (server, { networkSlugs }) => networkSlugs.map((slug) => {
      if (server === 'maillage') return graphql(MAILLAGE_NETWORK, { slug });
      if (server === 'postgraphile') return graphql(POSTGRAPHILE_NETWORK, { slug });
      return floor('network', { slug });
    }),
    fingerprint: (server, response) => {
      const n = server === 'postgraphile' ? response.data.networkBySlug : response.data.network;
      const memberships = server === 'postgraphile' ? n.membershipsByNetworkId.nodes : n.memberships;
      const organization = (m: any) => (server === 'postgraphile' ? m.organizationByOrganizationId : m.organization);
      return { slug: n.slug, members: sorted(memberships.map((m: any) => organization(m).slug)) };
    },
  },
];
