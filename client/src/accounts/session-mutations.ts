import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

// The session travels in an httpOnly cookie set by the API: the token it also returns is never asked for.

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      user {
        id
      }
    }
  }
`);

/**
 * Runs a sign-in or sign-out, then empties the cache and refetches what is on screen: contact details,
 * permissions and the account menu all depend on who is signed in.
 */
function useSessionChange<Args extends unknown[]>(change: (...args: Args) => Promise<unknown>) {
  const client = useApolloClient();
  const [pending, setPending] = useState(false);
  async function run(...args: Args) {
    setPending(true);
    try {
      await change(...args);
      await client.resetStore();
    } finally {
      setPending(false);
    }
  }
  return [run, pending] as const;
}

export function useLoginMutation() {
  const [login] = useMutation(LoginMutation);
  return useSessionChange((email: string, password: string) => login({ variables: { email, password } }));
}

export function useLogoutMutation() {
  const [logout] = useMutation(LogoutMutation);
  return useSessionChange(() => logout());
}

export function useAcceptInvitationMutation() {
  const [accept] = useMutation(AcceptInvitationMutation);
  return useSessionChange((token: string, password: string) => accept({ variables: { token, password } }));
}
