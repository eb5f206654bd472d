import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PollAnswerInput, SlotInput } from '../gql/graphql';

const StartDatePollMutation = graphql(`
  mutation StartDatePoll($meetingId: ID!, $slots: [SlotInput!]!, $closesAt: DateTime!) {
    startDatePoll(meetingId: $meetingId, slots: $slots, closesAt: $closesAt) {
      id
      ...DatePollPanel_poll
      meeting {
        id
        datePoll {
          id
        }
      }
    }
  }
`);

const AnswerDatePollMutation = graphql(`
  mutation AnswerDatePoll($pollId: ID!, $answers: [PollAnswerInput!]!) {
    answerDatePoll(pollId: $pollId, answers: $answers) {
      id
      ...DatePollPanel_poll
    }
  }
`);

const FixMeetingDateMutation = graphql(`
  mutation FixMeetingDate($pollId: ID!, $slotId: ID!) {
    fixMeetingDate(pollId: $pollId, slotId: $slotId) {
      id
      version
      status
      startsAt
      endsAt
    }
  }
`);

const AnswerDatePollWithLinkMutation = graphql(`
  mutation AnswerDatePollWithLink($token: String!, $answers: [PollAnswerInput!]!) {
    answerDatePollWithLink(token: $token, answers: $answers) {
      status
    }
  }
`);

export function useStartDatePollMutation() {
  const [mutate, state] = useMutation(StartDatePollMutation);
  const start = (meetingId: string, slots: SlotInput[], closesAt: string) =>
    mutate({ variables: { meetingId, slots, closesAt } });
  return [start, state] as const;
}

export function useAnswerDatePollMutation() {
  const [mutate, state] = useMutation(AnswerDatePollMutation);
  const answer = (pollId: string, answers: PollAnswerInput[]) => mutate({ variables: { pollId, answers } });
  return [answer, state] as const;
}

/**
 * Fixing the date invites the networks' members and turns the draft into a dated meeting: the
 * meeting's page is asked again whole (invitees, answers), and the calendars where it now shows.
 */
export function useFixMeetingDateMutation() {
  const [mutate, state] = useMutation(FixMeetingDateMutation);
  const fix = (pollId: string, slotId: string) =>
    mutate({
      variables: { pollId, slotId },
      refetchQueries: ['MeetingPage', 'DatePollPage'],
      awaitRefetchQueries: true,
      update: (cache) => {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'myDatePolls' });
        cache.gc();
      },
    });
  return [fix, state] as const;
}

/** The link's page holds no normalised object to update: it is asked again after the answer. */
export function useAnswerDatePollWithLinkMutation() {
  const [mutate, state] = useMutation(AnswerDatePollWithLinkMutation);
  const answer = (token: string, answers: PollAnswerInput[]) =>
    mutate({ variables: { token, answers }, refetchQueries: ['PollLinkPage'], awaitRefetchQueries: true });
  return [answer, state] as const;
}
