import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AddMembershipInput, MembershipRole } from '../gql/graphql';

/**
 * The mutations answer with the whole network as its page shows it (animators, members, management),
 * and the organisation's networks, so that every page the cache feeds is right at once.
 */
const AddMembershipMutation = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
      network {
        id
        animators {
          id
          ...AnimatorItem_membership
        }
        ...NetworkMembers_network
        ...MemberManagement_network
      }
      organization {
        id
        ...OrganizationNetworks_organization
      }
    }
  }
`);

const ChangeMembershipRoleMutation = graphql(`
  mutation ChangeMembershipRole($id: ID!, $role: MembershipRole!) {
    changeMembershipRole(id: $id, role: $role) {
      id
      role
      network {
        id
        animators {
          id
          ...AnimatorItem_membership
        }
      }
    }
  }
`);

const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($id: ID!) {
    removeMembership(id: $id)
  }
`);

export function useAddMembershipMutation() {
  const [mutate, state] = useMutation(AddMembershipMutation);
  const add = (input: AddMembershipInput) => mutate({ variables: { input } });
  return [add, state] as const;
}

export function useChangeMembershipRoleMutation() {
  const [mutate, state] = useMutation(ChangeMembershipRoleMutation);
  const change = (id: string, role: MembershipRole) => mutate({ variables: { id, role } });
  return [change, state] as const;
}

/**
 * Evicting the membership drops it from every list that held it. The organisation's list of networks
 * is computed by the API, so it is evicted too and asked again where it is next shown.
 */
export function useRemoveMembershipMutation() {
  const [mutate, state] = useMutation(RemoveMembershipMutation);
  const remove = (id: string, organizationId: string) =>
    mutate({
      variables: { id },
      update: (cache) => {
        cache.evict({ id: cache.identify({ __typename: 'Membership', id }) });
        cache.evict({ id: cache.identify({ __typename: 'Organization', id: organizationId }), fieldName: 'networks' });
        cache.gc();
      },
    });
  return [remove, state] as const;
}
