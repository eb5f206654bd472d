import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { graphql } from '../gql';
import type { TrainingInput, TrainingSessionInput, UpdateTrainingInput } from '../gql/graphql';

/**
 * Creating and editing a training. Each mutation asks back what the training page shows (details,
 * version, sessions); a session's mutation bumps the training's version, so it asks that back too.
 * The lists of trainings are evicted and asked again where next shown.
 */

const CreateTrainingMutation = graphql(`
  mutation CreateTraining($input: TrainingInput!) {
    createTraining(input: $input) {
      id
    }
  }
`);

const UpdateTrainingMutation = graphql(`
  mutation UpdateTraining($id: ID!, $version: Int!, $input: UpdateTrainingInput!) {
    updateTraining(id: $id, version: $version, input: $input) {
      id
      title
      networks {
        id
        slug
        name
      }
      ...EditTraining_training
      ...TrainingDetails_training
      ...TrainingRegistrationState_training
    }
  }
`);

const SessionTrainingFragment = graphql(`
  fragment SessionTraining_training on Training {
    id
    version
    isUpcoming
    sessions {
      id
      ...SessionPlace_session
    }
  }
`);

const AddTrainingSessionMutation = graphql(`
  mutation AddTrainingSession($trainingId: ID!, $input: TrainingSessionInput!) {
    addTrainingSession(trainingId: $trainingId, input: $input) {
      id
      training {
        ...SessionTraining_training
      }
    }
  }
`);

const UpdateTrainingSessionMutation = graphql(`
  mutation UpdateTrainingSession($id: ID!, $input: TrainingSessionInput!) {
    updateTrainingSession(id: $id, input: $input) {
      id
      ...SessionPlace_session
      training {
        ...SessionTraining_training
      }
    }
  }
`);

const RemoveTrainingSessionMutation = graphql(`
  mutation RemoveTrainingSession($id: ID!) {
    removeTrainingSession(id: $id) {
      ...SessionTraining_training
    }
  }
`);

/** The organiser's slug from its id (the structure picker gives ids). */
const OrganizationSlugQuery = graphql(`
  query OrganizationSlug($id: ID!) {
    node(id: $id) {
      id
      ... on Organization {
        slug
      }
    }
  }
`);

function evictTrainingLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'trainings' });
  cache.gc();
}

export function useCreateTrainingMutation() {
  const [mutate, state] = useMutation(CreateTrainingMutation);
  const create = (input: TrainingInput) => mutate({ variables: { input }, update: evictTrainingLists });
  return [create, state] as const;
}

/** Sends the changes made on `version`: a stale copy is refused (STALE_VERSION). */
export function useUpdateTrainingMutation() {
  const [mutate, state] = useMutation(UpdateTrainingMutation);
  const update = (id: string, version: number, input: UpdateTrainingInput) =>
    mutate({ variables: { id, version, input }, update: evictTrainingLists });
  return [update, state] as const;
}

/** The three session mutations, used together when an edit is saved. */
export function useTrainingSessionMutations() {
  const [add] = useMutation(AddTrainingSessionMutation);
  const [update] = useMutation(UpdateTrainingSessionMutation);
  const [remove] = useMutation(RemoveTrainingSessionMutation);
  return {
    add: (trainingId: string, input: TrainingSessionInput) =>
      add({ variables: { trainingId, input }, update: evictTrainingLists }),
    update: (id: string, input: TrainingSessionInput) => update({ variables: { id, input }, update: evictTrainingLists }),
    remove: (id: string) => remove({ variables: { id }, update: evictTrainingLists }),
  };
}

/** Looks up the slug of the chosen organiser (null when it is gone). */
export function useOrganizationSlug() {
  const client = useApolloClient();
  return async (id: string) => {
    const { data } = await client.query({ query: OrganizationSlugQuery, variables: { id } });
    const node = data?.node;
    return node && 'slug' in node ? node.slug : null;
  };
}

export { SessionTrainingFragment };
