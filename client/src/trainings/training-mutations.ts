import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { graphql } from '../gql';

/**
 * Registering or cancelling moves seats and waitlist places: each mutation asks the training back
 * with what its page shows (seats, the viewer's registration, the managers' lists); the lists of
 * trainings are evicted and asked again where next shown.
 */

const RegisterForTrainingMutation = graphql(`
  mutation RegisterForTraining($trainingId: ID!, $personId: ID) {
    registerForTraining(trainingId: $trainingId, personId: $personId) {
      id
      status
      waitlistPosition
      training {
        id
        ...TrainingRegistrationState_training
      }
    }
  }
`);

const CancelRegistrationMutation = graphql(`
  mutation CancelRegistration($id: ID!) {
    cancelRegistration(id: $id) {
      id
      status
      waitlistPosition
      viewerCan {
        cancel
      }
      training {
        id
        ...TrainingRegistrationState_training
      }
    }
  }
`);

const RecordTrainingAttendanceMutation = graphql(`
  mutation RecordTrainingAttendance($sessionId: ID!, $registrationIds: [ID!]!) {
    recordTrainingAttendance(sessionId: $sessionId, registrationIds: $registrationIds) {
      id
      attendees {
        id
      }
    }
  }
`);

const GiveSeatBackMutation = graphql(`
  mutation GiveSeatBack($token: String!) {
    giveSeatBack(token: $token) {
      id
      status
    }
  }
`);

/** What a training page shows of its seats and registrations, asked back by the mutations. */
export const TrainingRegistrationStateFragment = graphql(`
  fragment TrainingRegistrationState_training on Training {
    id
    seatsLeft
    confirmedCount
    waitlistCount
    viewerCan {
      edit
      register
      registerOthers
      seeRegistrations
    }
    myRegistration {
      id
      status
      waitlistPosition
      viewerCan {
        cancel
      }
    }
    registrations {
      id
      status
      sequence
      waitlistPosition
      createdAt
      cancelledAt
      viewerCan {
        cancel
      }
      person {
        id
        firstName
        lastName
        organization {
          id
          name
        }
      }
    }
  }
`);

function evictTrainingLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'trainings' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTrainingRegistrations' });
  cache.gc();
}

/** Registers the viewer, or (`personId`, for its managers) someone else. */
export function useRegisterForTrainingMutation() {
  const [mutate, state] = useMutation(RegisterForTrainingMutation);
  const register = (trainingId: string, personId: string | null = null) =>
    mutate({ variables: { trainingId, personId }, update: evictTrainingLists });
  return [register, state] as const;
}

export function useCancelRegistrationMutation() {
  const [mutate, state] = useMutation(CancelRegistrationMutation);
  const cancel = (id: string) => mutate({ variables: { id }, update: evictTrainingLists });
  return [cancel, state] as const;
}

/** Sends the whole list of those present at a session (the others are absent). */
export function useRecordTrainingAttendanceMutation() {
  const [mutate, state] = useMutation(RecordTrainingAttendanceMutation);
  const record = (sessionId: string, registrationIds: string[]) => mutate({ variables: { sessionId, registrationIds } });
  return [record, state] as const;
}

export function useGiveSeatBackMutation() {
  const [mutate, state] = useMutation(GiveSeatBackMutation);
  const giveBack = (token: string) => mutate({ variables: { token } });
  return [giveBack, state] as const;
}
