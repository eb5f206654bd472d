import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const RetryFailedJobMutation = graphql(`
  mutation RetryFailedJob($id: ID!) {
    retryFailedJob(id: $id) {
      id
      name
    }
  }
`);

/** A retried job leaves the failed list while it runs: the page's list is read again. */
export function useRetryFailedJobMutation() {
  const [mutate, state] = useMutation(RetryFailedJobMutation, { refetchQueries: ['FailedJobsPage'], awaitRefetchQueries: true });
  const retry = (id: string) => mutate({ variables: { id } });
  return [retry, state] as const;
}
