import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';
import type { SchedulingConflictsQuery } from '../gql/graphql';

/**
 * Asked on demand, just before saving a slot (a form's second request, like the pickers'): who the
 * networks would invite that already has a meeting then.
 */
const SchedulingConflictsQueryDocument = graphql(`
  query SchedulingConflicts($networkSlugs: [String!]!, $startsAt: DateTime!, $endsAt: DateTime!, $exceptMeetingId: ID) {
    schedulingConflicts(networkSlugs: $networkSlugs, startsAt: $startsAt, endsAt: $endsAt, exceptMeetingId: $exceptMeetingId) {
      person {
        id
        firstName
        lastName
        organization {
          id
          name
        }
      }
      meeting {
        id
        title
        startsAt
        endsAt
        networks {
          id
          name
        }
      }
    }
  }
`);

export type SchedulingConflicts = SchedulingConflictsQuery['schedulingConflicts'];

export interface SlotToCheck {
  networkSlugs: string[];
  startsAt: string;
  endsAt: string;
  exceptMeetingId?: string;
}

export function useSchedulingConflicts() {
  const client = useApolloClient();
  return async (slot: SlotToCheck): Promise<SchedulingConflicts> => {
    const { data } = await client.query({
      query: SchedulingConflictsQueryDocument,
      variables: { ...slot, exceptMeetingId: slot.exceptMeetingId ?? null },
      fetchPolicy: 'network-only',
    });
    return data?.schedulingConflicts ?? [];
  };
}
