import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { graphql } from '../../gql';
import type { InviteUserInput, UserRole } from '../../gql/graphql';

const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      link
      invitation {
        id
        ...PendingInvitation_invitation
      }
    }
  }
`);

const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($id: ID!, $role: UserRole!) {
    changeUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabledAt
    }
  }
`);

/** The new invitation goes on top of the pending ones; its link is only ever in this mutation's answer. */
export function useInviteUserMutation() {
  const [mutate, state] = useMutation(InviteUserMutation);
  const invite = (input: InviteUserInput) =>
    mutate({
      variables: { input },
      update: (cache, { data }) => {
        const invitation = data?.inviteUser.invitation;
        if (!invitation) return;
        cache.modify({
          fields: {
            pendingInvitations: (existing: readonly Reference[], { toReference }) => {
              const added = toReference({ __typename: 'AccountInvitation', id: invitation.id });
              return added ? [added, ...existing] : existing;
            },
          },
        });
      },
    });
  return [invite, state] as const;
}

export function useChangeUserRoleMutation() {
  const [mutate, state] = useMutation(ChangeUserRoleMutation);
  const change = (id: string, role: UserRole) => mutate({ variables: { id, role } });
  return [change, state] as const;
}

export function useSetUserDisabledMutation() {
  const [mutate, state] = useMutation(SetUserDisabledMutation);
  const setDisabled = (id: string, disabled: boolean) => mutate({ variables: { id, disabled } });
  return [setDisabled, state] as const;
}
