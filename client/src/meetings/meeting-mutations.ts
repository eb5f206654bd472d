import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { graphql } from '../gql';
import type { RsvpResponse, ScheduleMeetingInput, UpdateMeetingInput } from '../gql/graphql';

/**
 * Each mutation asks back what the pages it changes show, so the cache is right at once; lists that
 * depend on the calendar (a network's meetings, « mes réunions ») are evicted and asked again where
 * next shown.
 */

const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      networks {
        id
      }
    }
  }
`);

const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      id
      version
      ...MeetingDetails_meeting
      ...MeetingMinutes_meeting
      ...EditMeeting_meeting
    }
  }
`);

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String) {
    cancelMeeting(id: $id, reason: $reason) {
      id
      version
      status
      viewerCan {
        manage
        respond
      }
      ...MeetingDetails_meeting
    }
  }
`);

const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($meetingId: ID!, $response: RsvpResponse!) {
    respondToInvitation(meetingId: $meetingId, response: $response) {
      id
      response
      respondedAt
      meeting {
        id
        ...AnswerCountsLine_meeting
        myInvitation {
          id
          response
          respondedAt
        }
        invitations {
          id
          response
        }
      }
    }
  }
`);

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($invitationId: ID!, $attended: Boolean!) {
    recordAttendance(invitationId: $invitationId, attended: $attended) {
      id
      attended
      meeting {
        id
        version
        status
        viewerCan {
          manage
          respond
        }
        ...AnswerCountsLine_meeting
      }
    }
  }
`);

const AddActionItemMutation = graphql(`
  mutation AddActionItem($meetingId: ID!, $title: String!, $ownerId: ID, $dueOn: String) {
    addActionItem(meetingId: $meetingId, title: $title, ownerId: $ownerId, dueOn: $dueOn) {
      id
      meeting {
        id
        actionItems {
          id
          ...ActionItemRow_actionItem
        }
      }
    }
  }
`);

const SetActionItemDoneMutation = graphql(`
  mutation SetActionItemDone($id: ID!, $done: Boolean!) {
    setActionItemDone(id: $id, done: $done) {
      id
      done
      doneAt
    }
  }
`);

const RespondWithLinkMutation = graphql(`
  mutation RespondWithLink($token: String!, $response: RsvpResponse!) {
    respondWithLink(token: $token, response: $response) {
      id
      response
      respondedAt
      canRespond
    }
  }
`);

const RegenerateCalendarUrlMutation = graphql(`
  mutation RegenerateCalendarUrl {
    regenerateCalendarUrl
  }
`);

/** The calendars that list meetings: asked again where next shown. */
function evictCalendars(cache: ApolloCache, networkIds: readonly string[]) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
  for (const id of networkIds) cache.evict({ id: cache.identify({ __typename: 'Network', id }), fieldName: 'meetings' });
  cache.gc();
}

export function useScheduleMeetingMutation() {
  const [mutate, state] = useMutation(ScheduleMeetingMutation);
  const schedule = (input: ScheduleMeetingInput) =>
    mutate({
      variables: { input },
      update: (cache, { data }) => evictCalendars(cache, data?.scheduleMeeting.networks.map((n) => n.id) ?? []),
    });
  return [schedule, state] as const;
}

/** `networkIds`: the calendars to refresh when the meeting moves. */
export function useUpdateMeetingMutation(networkIds: readonly string[]) {
  const [mutate, state] = useMutation(UpdateMeetingMutation);
  const update = (id: string, version: number, input: UpdateMeetingInput) =>
    mutate({
      variables: { id, version, input },
      update: (cache) => {
        if (input.startsAt || input.endsAt) evictCalendars(cache, networkIds);
      },
    });
  return [update, state] as const;
}

export function useCancelMeetingMutation(networkIds: readonly string[]) {
  const [mutate, state] = useMutation(CancelMeetingMutation);
  const cancel = (id: string, reason: string | null) =>
    mutate({ variables: { id, reason }, update: (cache) => evictCalendars(cache, networkIds) });
  return [cancel, state] as const;
}

export function useRespondToInvitationMutation() {
  const [mutate, state] = useMutation(RespondToInvitationMutation);
  const respond = (meetingId: string, response: RsvpResponse) => mutate({ variables: { meetingId, response } });
  return [respond, state] as const;
}

export function useRecordAttendanceMutation() {
  const [mutate, state] = useMutation(RecordAttendanceMutation);
  const record = (invitationId: string, attended: boolean) => mutate({ variables: { invitationId, attended } });
  return [record, state] as const;
}

export function useAddActionItemMutation() {
  const [mutate, state] = useMutation(AddActionItemMutation);
  const add = (meetingId: string, item: { title: string; ownerId: string | null; dueOn: string | null }) =>
    mutate({ variables: { meetingId, ...item } });
  return [add, state] as const;
}

export function useSetActionItemDoneMutation() {
  const [mutate, state] = useMutation(SetActionItemDoneMutation);
  const setDone = (id: string, done: boolean) => mutate({ variables: { id, done } });
  return [setDone, state] as const;
}

/** The invitation behind the link is normalised by its id: its page shows the new answer at once. */
export function useRespondWithLinkMutation() {
  const [mutate, state] = useMutation(RespondWithLinkMutation);
  const respond = (token: string, response: RsvpResponse) => mutate({ variables: { token, response } });
  return [respond, state] as const;
}

/** The new secret address replaces the old one in the signed-in user's cache entry. */
export function useRegenerateCalendarUrlMutation(userId: string) {
  const [mutate, state] = useMutation(RegenerateCalendarUrlMutation);
  const regenerate = () =>
    mutate({
      update: (cache, { data }) => {
        if (!data) return;
        cache.modify({
          id: cache.identify({ __typename: 'User', id: userId }),
          fields: { calendarUrl: () => data.regenerateCalendarUrl },
        });
      },
    });
  return [regenerate, state] as const;
}
