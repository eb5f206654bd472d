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
  /** The month the calendar scenario shows (ISO instants: midnight in Paris). */
  calendarMonth: { from: string; to: string };
  /** Held, public commission meetings whose agenda was published: anyone reads it. */
  agendaMeetingIds: string[];
  /** Networks with public trainings still to come. */
  trainingNetworkSlugs: string[];
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
  fingerprint: (server: ServerName, response: unknown) => unknown;
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

/**
 * A network's calendar month as an anonymous visitor sees it: its public, dated meetings (joint
 * ones included) with their networks and how invitees answered.
 */
const MAILLAGE_CALENDAR = `query NetworkCalendar($slug: String!, $from: DateTime!, $to: DateTime!) {
  network(slug: $slug) {
    meetings(from: $from, to: $to) {
      id title kind status startsAt endsAt
      networks { slug name }
      answerCounts { yes maybe no pending }
    }
  }
}`;

/** Through a function (servers/postgraphile-calendar.sql); the counts as filtered totals of the invitations. */
const POSTGRAPHILE_CALENDAR = `query NetworkCalendar($slug: String!, $from: Datetime!, $to: Datetime!) {
  networkMeetings(networkSlug: $slug, windowStart: $from, windowEnd: $to) {
    nodes {
      id title kind status startsAt endsAt
      meetingNetworksByMeetingId { nodes { networkByNetworkId { slug name } } }
      yes: invitationsByMeetingId(condition: { response: YES }) { totalCount }
      maybe: invitationsByMeetingId(condition: { response: MAYBE }) { totalCount }
      no: invitationsByMeetingId(condition: { response: NO }) { totalCount }
      pending: invitationsByMeetingId(condition: { response: PENDING }) { totalCount }
    }
  }
}`;

/**
 * A commission meeting's agenda page as an anonymous visitor sees it (a public meeting, its
 * agenda published): the accepted items in order, who proposed and presents them, the
 * structure each is about, and the outcome (the commission's opinion).
 */
const MAILLAGE_AGENDA = `query MeetingAgenda($id: ID!) {
  meeting(id: $id) {
    id title status startsAt endsAt agendaPublishedAt
    agenda {
      id position title kind durationMinutes outcome opinion
      proposedBy { id firstName lastName }
      presenter { id firstName lastName }
      organization { id slug name }
    }
  }
}`;

/** PostGraphile's own relations; the accepted items by condition, in order of position. */
const POSTGRAPHILE_AGENDA = `query MeetingAgenda($id: String!) {
  meetingById(id: $id) {
    id title status startsAt endsAt agendaPublishedAt
    agendaItemsByMeetingId(condition: { status: ACCEPTED }, orderBy: [POSITION_ASC]) { nodes {
      id position title kind durationMinutes outcome opinion
      personByProposedById { id firstName lastName }
      personByPresenterId { id firstName lastName }
      organizationByOrganizationId { id slug name }
    } }
  }
}`;

/**
 * A network's upcoming trainings as an anonymous visitor sees them (public ones): seats left and
 * waitlist from the counters, the networks each is offered to, the organiser, the sessions.
 */
const MAILLAGE_TRAININGS = `query NetworkTrainings($slug: String!) {
  trainings(networkSlug: $slug, upcoming: true) {
    id title theme capacity seatsLeft waitlistCount
    networks { name }
    organizer { name }
    sessions { startsAt endsAt place commune { name } }
  }
}`;

/** Through a function (servers/postgraphile-trainings.sql); seats left are the capacity less the confirmed count. */
const POSTGRAPHILE_TRAININGS = `query NetworkTrainings($slug: String!) {
  networkTrainings(networkSlug: $slug) { nodes {
    id title theme capacity confirmedCount waitlistCount
    trainingNetworksByTrainingId { nodes { networkByNetworkId { name } } }
    organizationByOrganizerId { name }
    trainingSessionsByTrainingId(orderBy: [STARTS_AT_ASC, ID_ASC]) { nodes {
      startsAt endsAt place communeByCommuneInseeCode { name }
    } }
  } }
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

/** The answer's data, read as the shape its query asks for (Maillage's for Maillage and the floor). */
const dataOf = <T>(response: unknown) => (response as { data: T }).data;

// The fields the fingerprints read, as each schema names them.
interface Commune {
  inseeCode: string;
}
interface Slugged {
  id: string;
  slug: string;
}
type Nodes<T> = { nodes: T[] };
interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
}
interface Service {
  id: string;
  themes: string[];
  communesServed: Commune[];
}
interface Organization extends Slugged {
  commune: Commune | null;
  services: Service[];
  memberships: { network: Slugged }[];
}
interface PostGraphileOrganization extends Slugged {
  communeByCommuneInseeCode: Commune | null;
  servicesByOrganizationId: Nodes<{
    id: string;
    themes: string[];
    serviceCommuneServedsByServiceId: Nodes<{ communeByCommuneInseeCode: Commune }>;
  }>;
  membershipsByOrganizationId: Nodes<{ networkByNetworkId: Slugged }>;
}

interface CalendarMeeting {
  id: string;
  title: string;
  kind: string;
  status: string;
  startsAt: string;
  endsAt: string;
  networks: { slug: string }[];
  answerCounts: { yes: number; maybe: number; no: number; pending: number };
}
type Total = { totalCount: number };
interface PostGraphileMeeting extends Omit<CalendarMeeting, 'networks' | 'answerCounts'> {
  meetingNetworksByMeetingId: Nodes<{ networkByNetworkId: { slug: string } }>;
  yes: Total;
  maybe: Total;
  no: Total;
  pending: Total;
}

interface AgendaEntry {
  id: string;
  position: number;
  outcome: string | null;
  opinion: string | null;
  proposedBy: { id: string } | null;
  presenter: { id: string } | null;
  organization: { slug: string } | null;
}
interface PostGraphileAgendaEntry extends Omit<AgendaEntry, 'proposedBy' | 'presenter' | 'organization'> {
  personByProposedById: { id: string } | null;
  personByPresenterId: { id: string } | null;
  organizationByOrganizationId: { slug: string } | null;
}

type Named = { name: string };
interface TrainingSessionEntry {
  startsAt: string;
  endsAt: string;
  place: string | null;
  commune: Named | null;
}
interface TrainingEntry {
  id: string;
  title: string;
  theme: string | null;
  capacity: number;
  seatsLeft: number;
  waitlistCount: number;
  networks: Named[];
  organizer: Named | null;
  sessions: TrainingSessionEntry[];
}
interface PostGraphileTraining extends Omit<TrainingEntry, 'seatsLeft' | 'networks' | 'organizer' | 'sessions'> {
  confirmedCount: number;
  trainingNetworksByTrainingId: Nodes<{ networkByNetworkId: Named }>;
  organizationByOrganizerId: Named | null;
  trainingSessionsByTrainingId: Nodes<Omit<TrainingSessionEntry, 'commune'> & { communeByCommuneInseeCode: Named | null }>;
}

/** Each training in order, its instants read as instants, its networks in one order. */
const trainingsFingerprint = (trainings: TrainingEntry[]) =>
  trainings.map((t) => ({
    id: t.id,
    title: t.title,
    theme: t.theme,
    seats: [t.capacity, t.seatsLeft, t.waitlistCount],
    networks: sorted(t.networks.map((n) => n.name)),
    organizer: t.organizer?.name ?? null,
    sessions: t.sessions.map((s) => [
      new Date(s.startsAt).toISOString(),
      new Date(s.endsAt).toISOString(),
      s.place,
      s.commune?.name ?? null,
    ]),
  }));

const agendaFingerprint = (meeting: { id: string }, items: AgendaEntry[]) => ({
  meeting: meeting.id,
  items: items.map((i) => [i.id, i.position, i.outcome, i.opinion, i.proposedBy?.id, i.presenter?.id, i.organization?.slug]),
});

/** Each meeting, its instants read as instants (servers write offsets their own way), its networks in one order. */
const calendarFingerprint = (meetings: CalendarMeeting[]) =>
  meetings.map((m) => ({
    id: m.id,
    title: m.title,
    kind: m.kind,
    status: m.status,
    startsAt: new Date(m.startsAt).toISOString(),
    endsAt: new Date(m.endsAt).toISOString(),
    networks: sorted(m.networks.map((n) => n.slug)),
    answers: [m.answerCounts.yes, m.answerCounts.maybe, m.answerCounts.no, m.answerCounts.pending],
  }));

/** PostGraphile's organisation in Maillage's shape, so that one fingerprint reads both. */
const fromPostGraphile = (o: PostGraphileOrganization): Organization => ({
  id: o.id,
  slug: o.slug,
  commune: o.communeByCommuneInseeCode,
  services: o.servicesByOrganizationId.nodes.map((s) => ({
    id: s.id,
    themes: s.themes,
    communesServed: s.serviceCommuneServedsByServiceId.nodes.map((c) => c.communeByCommuneInseeCode),
  })),
  memberships: o.membershipsByOrganizationId.nodes.map((m) => ({ network: m.networkByNetworkId })),
});

function search(name: string, text: string): Scenario {
  return {
    name,
    title: `search « ${text} » + commune, ${SEARCH_PAGE_SIZE} per page`,
    requests: (server, { communeInseeCode }) => {
      if (server === 'maillage')
        return [graphql(MAILLAGE_SEARCH, { filter: { text, communeInseeCode }, first: SEARCH_PAGE_SIZE })];
      if (server === 'postgraphile')
        return [graphql(POSTGRAPHILE_SEARCH, { search: text, commune: communeInseeCode, first: SEARCH_PAGE_SIZE })];
      return [floor('search', { text, communeInseeCode, first: SEARCH_PAGE_SIZE })];
    },
    fingerprint: (server, response) => {
      const connection =
        server === 'postgraphile'
          ? dataOf<{ searchOrganizations: Connection<Slugged> }>(response).searchOrganizations
          : dataOf<{ organizations: Connection<Slugged> }>(response).organizations;
      return { totalCount: connection.totalCount, slugs: connection.edges.map((e) => e.node.slug) };
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
      let totalCount: number;
      let nodes: Organization[];
      if (server === 'postgraphile') {
        const connection = dataOf<{ allOrganizations: { totalCount: number } & Nodes<PostGraphileOrganization> }>(
          response,
        ).allOrganizations;
        totalCount = connection.totalCount;
        nodes = connection.nodes.map(fromPostGraphile);
      } else {
        const connection = dataOf<{ organizations: Connection<Organization> }>(response).organizations;
        totalCount = connection.totalCount;
        nodes = connection.edges.map((e) => e.node);
      }
      return {
        totalCount,
        slugs: nodes.map((n) => n.slug),
        communes: nodes.map((n) => n.commune?.inseeCode ?? null),
        services: nodes.map((n) => sorted(n.services.map((s) => `${s.id}:${s.themes.join('+')}`)).join(',')),
        communesServed: nodes.map((n) => sorted(n.services.flatMap((s) => s.communesServed.map((c) => c.inseeCode))).join(',')),
        networks: nodes.map((n) => sorted(n.memberships.map((m) => m.network.slug)).join(',')),
      };
    },
  },
  search('search-parentalite', 'parentalité'),
  search('search-numerique', 'numérique'),
  {
    name: 'organization',
    title: 'organisation page (20 organisations in turn)',
    requests: (server, { organizationSlugs }) =>
      organizationSlugs.map((slug) => {
        if (server === 'maillage') return graphql(MAILLAGE_ORGANIZATION, { slug });
        if (server === 'postgraphile') return graphql(POSTGRAPHILE_ORGANIZATION, { slug });
        return floor('organization', { slug });
      }),
    fingerprint: (server, response) => {
      type People = { people: { id: string }[] };
      let o: Organization & People;
      if (server === 'postgraphile') {
        const answer = dataOf<{
          organizationBySlug: PostGraphileOrganization & { peopleByOrganizationId: Nodes<{ id: string }> };
        }>(response).organizationBySlug;
        o = { ...fromPostGraphile(answer), people: answer.peopleByOrganizationId.nodes };
      } else {
        o = dataOf<{ organization: Organization & People }>(response).organization;
      }
      return { slug: o.slug, services: sorted(o.services.map((s) => s.id)), people: sorted(o.people.map((p) => p.id)) };
    },
  },
  {
    name: 'network',
    title: 'network page (10 networks in turn)',
    requests: (server, { networkSlugs }) =>
      networkSlugs.map((slug) => {
        if (server === 'maillage') return graphql(MAILLAGE_NETWORK, { slug });
        if (server === 'postgraphile') return graphql(POSTGRAPHILE_NETWORK, { slug });
        return floor('network', { slug });
      }),
    fingerprint: (server, response) => {
      let n: Slugged & { memberships: { organization: Slugged }[] };
      if (server === 'postgraphile') {
        const answer = dataOf<{
          networkBySlug: Slugged & { membershipsByNetworkId: Nodes<{ organizationByOrganizationId: Slugged }> };
        }>(response).networkBySlug;
        n = {
          ...answer,
          memberships: answer.membershipsByNetworkId.nodes.map((m) => ({ organization: m.organizationByOrganizationId })),
        };
      } else {
        n = dataOf<{ network: typeof n }>(response).network;
      }
      return { slug: n.slug, members: sorted(n.memberships.map((m) => m.organization.slug)) };
    },
  },
  {
    name: 'calendar',
    title: "network calendar: a month of one network's meetings (10 networks in turn)",
    requests: (server, { networkSlugs, calendarMonth }) =>
      networkSlugs.map((slug) => {
        if (server === 'maillage') return graphql(MAILLAGE_CALENDAR, { slug, ...calendarMonth });
        if (server === 'postgraphile') return graphql(POSTGRAPHILE_CALENDAR, { slug, ...calendarMonth });
        return floor('calendar', { slug, ...calendarMonth });
      }),
    fingerprint: (server, response) => {
      if (server !== 'postgraphile') {
        return calendarFingerprint(dataOf<{ network: { meetings: CalendarMeeting[] } }>(response).network.meetings);
      }
      const nodes = dataOf<{ networkMeetings: Nodes<PostGraphileMeeting> }>(response).networkMeetings.nodes;
      return calendarFingerprint(
        nodes.map((m) => ({
          ...m,
          networks: m.meetingNetworksByMeetingId.nodes.map((n) => n.networkByNetworkId),
          answerCounts: { yes: m.yes.totalCount, maybe: m.maybe.totalCount, no: m.no.totalCount, pending: m.pending.totalCount },
        })),
      );
    },
  },
  {
    name: 'agenda',
    title: "commission meeting's agenda page: items, proposers, presenters, structures, outcomes (10 meetings in turn)",
    requests: (server, { agendaMeetingIds }) =>
      agendaMeetingIds.map((id) => {
        if (server === 'maillage') return graphql(MAILLAGE_AGENDA, { id });
        if (server === 'postgraphile') return graphql(POSTGRAPHILE_AGENDA, { id });
        return floor('agenda', { id });
      }),
    fingerprint: (server, response) => {
      if (server !== 'postgraphile') {
        const meeting = dataOf<{ meeting: { id: string; agenda: AgendaEntry[] } }>(response).meeting;
        return agendaFingerprint(meeting, meeting.agenda);
      }
      const meeting = dataOf<{ meetingById: { id: string; agendaItemsByMeetingId: Nodes<PostGraphileAgendaEntry> } }>(
        response,
      ).meetingById;
      return agendaFingerprint(
        meeting,
        meeting.agendaItemsByMeetingId.nodes.map((i) => ({
          ...i,
          proposedBy: i.personByProposedById,
          presenter: i.personByPresenterId,
          organization: i.organizationByOrganizationId,
        })),
      );
    },
  },
  {
    name: 'trainings',
    title: "a network's upcoming trainings: seats, waitlist, networks, organiser, sessions (10 networks in turn)",
    requests: (server, { trainingNetworkSlugs }) =>
      trainingNetworkSlugs.map((slug) => {
        if (server === 'maillage') return graphql(MAILLAGE_TRAININGS, { slug });
        if (server === 'postgraphile') return graphql(POSTGRAPHILE_TRAININGS, { slug });
        return floor('trainings', { slug });
      }),
    fingerprint: (server, response) => {
      if (server !== 'postgraphile') return trainingsFingerprint(dataOf<{ trainings: TrainingEntry[] }>(response).trainings);
      const nodes = dataOf<{ networkTrainings: Nodes<PostGraphileTraining> }>(response).networkTrainings.nodes;
      return trainingsFingerprint(
        nodes.map((t) => ({
          ...t,
          seatsLeft: Math.max(0, t.capacity - t.confirmedCount),
          networks: t.trainingNetworksByTrainingId.nodes.map((n) => n.networkByNetworkId),
          organizer: t.organizationByOrganizerId,
          sessions: t.trainingSessionsByTrainingId.nodes.map((x) => ({ ...x, commune: x.communeByCommuneInseeCode })),
        })),
      );
    },
  },
];
