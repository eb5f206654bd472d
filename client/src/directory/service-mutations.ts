import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { graphql } from '../gql';
import type { ServiceInput } from '../gql/graphql';

const AddServiceMutation = graphql(`
  mutation AddService($organizationId: ID!, $input: ServiceInput!) {
    addService(organizationId: $organizationId, input: $input) {
      id
      organization {
        id
        services {
          id
          ...ServiceEditor_service
        }
      }
    }
  }
`);

const UpdateServiceMutation = graphql(`
  mutation UpdateService($id: ID!, $input: ServiceInput!) {
    updateService(id: $id, input: $input) {
      id
      ...ServiceEditor_service
    }
  }
`);

const RemoveServiceMutation = graphql(`
  mutation RemoveService($id: ID!) {
    removeService(id: $id)
  }
`);

const ConfirmServiceMutation = graphql(`
  mutation ConfirmService($id: ID!) {
    confirmService(id: $id) {
      id
      updatedAt
      needsUpdate
    }
  }
`);

/** A service just checked or changed is no longer « à mettre à jour ». */
function leaveStaleList(cache: ApolloCache, id: string) {
  cache.modify({
    fields: {
      servicesToUpdate: (existing: readonly Reference[], { readField }) =>
        existing.filter((service) => readField('id', service) !== id),
    },
  });
}

/** The organisation's list of services comes back with the new one, in the API's order. */
export function useAddServiceMutation() {
  const [mutate, state] = useMutation(AddServiceMutation);
  const add = (organizationId: string, input: ServiceInput) => mutate({ variables: { organizationId, input } });
  return [add, state] as const;
}

export function useUpdateServiceMutation() {
  const [mutate, state] = useMutation(UpdateServiceMutation);
  const update = (id: string, input: ServiceInput) =>
    mutate({ variables: { id, input }, update: (cache) => leaveStaleList(cache, id) });
  return [update, state] as const;
}

/** Evicting the service also drops it from every list that held it (Apollo skips dangling references). */
export function useRemoveServiceMutation() {
  const [mutate, state] = useMutation(RemoveServiceMutation);
  const remove = (id: string) =>
    mutate({
      variables: { id },
      update: (cache) => {
        cache.evict({ id: cache.identify({ __typename: 'Service', id }) });
        cache.gc();
      },
    });
  return [remove, state] as const;
}

/** « Toujours exact »: checked today, without changes. */
export function useConfirmServiceMutation() {
  const [mutate, state] = useMutation(ConfirmServiceMutation);
  const confirm = (id: string) => mutate({ variables: { id }, update: (cache) => leaveStaleList(cache, id) });
  return [confirm, state] as const;
}
