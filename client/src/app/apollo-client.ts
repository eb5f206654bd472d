import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export const apolloClient = new ApolloClient({
  link: new HttpLink({
    uri: '/graphql',
    // Apollo Server's CSRF prevention refuses "simple" requests without this header.
    headers: { 'apollo-require-preflight': 'true' },
  }),
  cache: new InMemoryCache({
    typePolicies: {
      // Communes have no `id`; the INSEE code identifies them, so they merge across queries.
      Commune: { keyFields: ['inseeCode'] },
      // Per-commune figures belong to their territory and are always replaced as a whole.
      CommuneStatistics: { keyFields: false },
    },
  }),
});
