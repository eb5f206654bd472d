import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { connectionLinks } from './connection-link';

const PERMISSION_TYPES = [
  'OrganizationPermissions',
  'NetworkPermissions',
  'NetworkMeetingPermissions',
  'UserPermissions',
  'MeetingPermissions',
  'ActionItemPermissions',
  'AgendaPermissions',
  'AgendaItemPermissions',
  'DatePollPermissions',
  'TrainingPermissions',
  'RegistrationPermissions',
  'NetworkTrainingPermissions',
  'RoadmapActionPermissions',
  'NetworkLinkPermissions',
];

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([
    connectionLinks,
    new HttpLink({
      uri: '/graphql',
      // Apollo Server's CSRF prevention refuses "simple" requests without this header.
      headers: { 'apollo-require-preflight': 'true' },
    }),
  ]),
  cache: new InMemoryCache({
    typePolicies: {
      // Communes have no `id`; the INSEE code identifies them, so they merge across queries.
      Commune: { keyFields: ['inseeCode'] },
      // Per-commune figures belong to their territory and are always replaced as a whole.
      CommuneStatistics: { keyFields: false },
      // `viewerCan` objects have no id and belong to their owner: a mutation that asks for some of
      // their fields must merge them into the cached ones, not drop the others (the attendance
      // boxes disappeared when recording attendance brought back only manage and respond).
      ...Object.fromEntries(PERMISSION_TYPES.map((type) => [type, { merge: true }])),
    },
  }),
});
