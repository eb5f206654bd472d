import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { graphql } from '../gql';
import type { ActionStatus } from '../gql/graphql';

/**
 * An update changes the action's status, revision and history (asked back with the page's fragment);
 * the orientations' counts and the filtered lists change too: the roadmap is evicted and asked again
 * where next shown.
 */

const UpdateRoadmapActionMutation = graphql(`
  mutation UpdateRoadmapAction($id: ID!, $status: ActionStatus!, $comment: String, $expectedRevision: Int) {
    updateRoadmapAction(id: $id, status: $status, comment: $comment, expectedRevision: $expectedRevision) {
      id
      status
      revision
      ...ActionHistory_action
    }
  }
`);

const LinkMeetingToRoadmapActionMutation = graphql(`
  mutation LinkMeetingToRoadmapAction($actionId: ID!, $meetingId: ID!) {
    linkMeetingToRoadmapAction(actionId: $actionId, meetingId: $meetingId) {
      id
      ...ActionWork_action
    }
  }
`);

function evictRoadmap(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'roadmap' });
  cache.gc();
}

export function useUpdateRoadmapActionMutation() {
  const [mutate, state] = useMutation(UpdateRoadmapActionMutation, { update: evictRoadmap });
  const update = (id: string, status: ActionStatus, comment: string | null, expectedRevision: number) =>
    mutate({ variables: { id, status, comment, expectedRevision } });
  return [update, state] as const;
}

export function useLinkMeetingToRoadmapActionMutation() {
  const [mutate, state] = useMutation(LinkMeetingToRoadmapActionMutation);
  const link = (actionId: string, meetingId: string) => mutate({ variables: { actionId, meetingId } });
  return [link, state] as const;
}
