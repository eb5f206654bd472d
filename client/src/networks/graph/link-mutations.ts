import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { NetworkLinkKind } from '../../gql/graphql';

/** Answers with both networks' links as their pages show them, so that either page is right at once. */
const LinkNetworksMutation = graphql(`
  mutation LinkNetworks($fromSlug: String!, $toSlug: String!, $kind: NetworkLinkKind!, $description: String, $source: String) {
    linkNetworks(fromSlug: $fromSlug, toSlug: $toSlug, kind: $kind, description: $description, source: $source) {
      id
      from {
        id
        ...NetworkLinksSection_network
      }
      to {
        id
        ...NetworkLinksSection_network
      }
    }
  }
`);

const UnlinkNetworksMutation = graphql(`
  mutation UnlinkNetworks($id: ID!) {
    unlinkNetworks(id: $id)
  }
`);

export interface LinkRequest {
  fromSlug: string;
  toSlug: string;
  kind: NetworkLinkKind;
  description: string | null;
  source: string | null;
}

export function useLinkNetworksMutation() {
  const [mutate, state] = useMutation(LinkNetworksMutation);
  const link = (request: LinkRequest) => mutate({ variables: { ...request } });
  return [link, state] as const;
}

/** The removed link leaves the cache: the lists that held it drop the dangling reference. */
export function useUnlinkNetworksMutation() {
  const [mutate, state] = useMutation(UnlinkNetworksMutation);
  const unlink = (id: string) =>
    mutate({
      variables: { id },
      update(cache) {
        cache.evict({ id: cache.identify({ __typename: 'NetworkLink', id }) });
        cache.gc();
      },
    });
  return [unlink, state] as const;
}
