import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ScheduleMeetingSeriesInput, SeriesChangeInput, SeriesScope } from '../gql/graphql';

const ScheduleMeetingSeriesMutation = graphql(`
  mutation ScheduleMeetingSeries($input: ScheduleMeetingSeriesInput!) {
    scheduleMeetingSeries(input: $input) {
      id
      meetings {
        id
      }
    }
  }
`);

const SeriesChangePreviewQuery = graphql(`
  query SeriesChangePreview($meetingId: ID!, $scope: SeriesScope!) {
    seriesChangePreview(meetingId: $meetingId, scope: $scope) {
      willChange {
        id
        startsAt
        endsAt
      }
      leftAlone {
        reason
        meeting {
          id
          startsAt
          endsAt
        }
      }
    }
  }
`);

const UpdateMeetingSeriesMutation = graphql(`
  mutation UpdateMeetingSeries($meetingId: ID!, $scope: SeriesScope!, $input: SeriesChangeInput!) {
    updateMeetingSeries(meetingId: $meetingId, scope: $scope, input: $input) {
      changed {
        id
        version
        ...MeetingDetails_meeting
        ...EditMeeting_meeting
      }
    }
  }
`);

const CancelMeetingSeriesMutation = graphql(`
  mutation CancelMeetingSeries($meetingId: ID!, $scope: SeriesScope!, $reason: String) {
    cancelMeetingSeries(meetingId: $meetingId, scope: $scope, reason: $reason) {
      changed {
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
  }
`);

/** Every calendar may hold some of the series: lists are asked again where next shown. */
const evictLists = { id: 'ROOT_QUERY', fieldName: 'meetings' } as const;

export function useScheduleMeetingSeriesMutation() {
  const [mutate, state] = useMutation(ScheduleMeetingSeriesMutation);
  const schedule = (input: ScheduleMeetingSeriesInput) =>
    mutate({
      variables: { input },
      update: (cache) => {
        cache.evict(evictLists);
        cache.gc();
      },
    });
  return [schedule, state] as const;
}

/** Which occurrences a change would touch, asked just before confirming it. */
export function useSeriesChangePreview() {
  const client = useApolloClient();
  return async (meetingId: string, scope: SeriesScope) => {
    const { data } = await client.query({
      query: SeriesChangePreviewQuery,
      variables: { meetingId, scope },
      fetchPolicy: 'network-only',
    });
    return data?.seriesChangePreview;
  };
}

export function useUpdateMeetingSeriesMutation() {
  const [mutate, state] = useMutation(UpdateMeetingSeriesMutation);
  const update = (meetingId: string, scope: SeriesScope, input: SeriesChangeInput) =>
    mutate({
      variables: { meetingId, scope, input },
      refetchQueries: ['MeetingPage'],
      update: (cache) => {
        cache.evict(evictLists);
        cache.gc();
      },
    });
  return [update, state] as const;
}

export function useCancelMeetingSeriesMutation() {
  const [mutate, state] = useMutation(CancelMeetingSeriesMutation);
  const cancel = (meetingId: string, scope: SeriesScope, reason: string | null) =>
    mutate({
      variables: { meetingId, scope, reason },
      refetchQueries: ['MeetingPage'],
      update: (cache) => {
        cache.evict(evictLists);
        cache.gc();
      },
    });
  return [cancel, state] as const;
}
