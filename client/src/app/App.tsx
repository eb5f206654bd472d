import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { apolloClient } from './apollo-client';
import { router } from './router';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
