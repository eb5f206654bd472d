import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AgendaItemInput, AgendaItemStatus, OpinionKind } from '../../gql/graphql';

/**
 * Each mutation asks back what it changes, no more (the agenda page is near the API's cost limit): a
 * review or a move the order (ids: the items are in the cache already), the start times and budget,
 * and the « changed since published » mark; a proposal its item and the lists it joins.
 */

const ProposeAgendaItemMutation = graphql(`
  mutation ProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {
    proposeAgendaItem(meetingId: $meetingId, input: $input) {
      id
      ...AgendaItemDetails_item
      ...MyAgendaProposal_item
      ...AgendaProposal_item
      meeting {
        id
        myAgendaProposals {
          id
        }
        agendaProposals {
          id
        }
      }
    }
  }
`);

const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {
    updateAgendaItem(id: $id, input: $input) {
      id
      ...AgendaItemDetails_item
      ...MyAgendaProposal_item
      ...AgendaProposal_item
      meeting {
        id
        agendaChangedAt
        ...AgendaBudget_meeting
      }
    }
  }
`);

const ReviewAgendaItemMutation = graphql(`
  mutation ReviewAgendaItem($id: ID!, $status: AgendaItemStatus!, $comment: String) {
    reviewAgendaItem(id: $id, status: $status, comment: $comment) {
      id
      status
      reviewComment
      position
      meeting {
        id
        agendaChangedAt
        agenda {
          id
        }
        ...AgendaBudget_meeting
      }
    }
  }
`);

const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($id: ID!, $position: Int!) {
    moveAgendaItem(id: $id, position: $position) {
      id
      agendaChangedAt
      agenda {
        id
      }
      ...AgendaBudget_meeting
    }
  }
`);

const SetAgendaDeadlineMutation = graphql(`
  mutation SetAgendaDeadline($meetingId: ID!, $deadline: DateTime) {
    setAgendaDeadline(meetingId: $meetingId, deadline: $deadline) {
      id
      agendaDeadline
      agendaViewerCan {
        propose
        manage
        recordOutcomes
      }
    }
  }
`);

const PublishAgendaMutation = graphql(`
  mutation PublishAgenda($meetingId: ID!) {
    publishAgenda(meetingId: $meetingId) {
      id
      agendaPublishedAt
      agendaChangedAt
    }
  }
`);

const RecordOutcomeMutation = graphql(`
  mutation RecordOutcome($agendaItemId: ID!, $outcome: String!, $opinion: OpinionKind) {
    recordOutcome(agendaItemId: $agendaItemId, outcome: $outcome, opinion: $opinion) {
      id
      outcome
      opinion
      outcomeRecordedAt
    }
  }
`);

const CarryOverDeferredItemsMutation = graphql(`
  mutation CarryOverDeferredItems($meetingId: ID!) {
    carryOverDeferredItems(meetingId: $meetingId) {
      id
      agendaProposals {
        id
        ...AgendaItemDetails_item
        ...AgendaProposal_item
      }
    }
  }
`);

export function useProposeAgendaItemMutation() {
  const [mutate, state] = useMutation(ProposeAgendaItemMutation);
  const propose = (meetingId: string, input: AgendaItemInput) => mutate({ variables: { meetingId, input } });
  return [propose, state] as const;
}

export function useUpdateAgendaItemMutation() {
  const [mutate, state] = useMutation(UpdateAgendaItemMutation);
  const update = (id: string, input: AgendaItemInput) => mutate({ variables: { id, input } });
  return [update, state] as const;
}

export function useReviewAgendaItemMutation() {
  const [mutate, state] = useMutation(ReviewAgendaItemMutation);
  const review = (id: string, status: AgendaItemStatus, comment: string | null) => mutate({ variables: { id, status, comment } });
  return [review, state] as const;
}

export function useMoveAgendaItemMutation() {
  const [mutate, state] = useMutation(MoveAgendaItemMutation);
  const move = (id: string, position: number) => mutate({ variables: { id, position } });
  return [move, state] as const;
}

export function useSetAgendaDeadlineMutation() {
  const [mutate, state] = useMutation(SetAgendaDeadlineMutation);
  const setDeadline = (meetingId: string, deadline: string | null) => mutate({ variables: { meetingId, deadline } });
  return [setDeadline, state] as const;
}

export function usePublishAgendaMutation() {
  const [mutate, state] = useMutation(PublishAgendaMutation);
  const publish = (meetingId: string) => mutate({ variables: { meetingId } });
  return [publish, state] as const;
}

/** The item is normalised by its id: the agenda shows its outcome at once. */
export function useRecordOutcomeMutation() {
  const [mutate, state] = useMutation(RecordOutcomeMutation);
  const record = (agendaItemId: string, outcome: string, opinion: OpinionKind | null) =>
    mutate({ variables: { agendaItemId, outcome, opinion } });
  return [record, state] as const;
}

export function useCarryOverDeferredItemsMutation() {
  const [mutate, state] = useMutation(CarryOverDeferredItemsMutation);
  const carryOver = (meetingId: string) => mutate({ variables: { meetingId } });
  return [carryOver, state] as const;
}
