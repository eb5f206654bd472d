import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AvoidPeriodInput, AvoidPeriodKind } from '../gql/graphql';

export const AVOID_PERIOD_KIND_LABELS: Record<AvoidPeriodKind, string> = {
  SCHOOL_HOLIDAYS: 'Vacances scolaires',
  OTHER: 'Autre période sans réunion',
};

const AddAvoidPeriodMutation = graphql(`
  mutation AddAvoidPeriod($input: AvoidPeriodInput!) {
    addAvoidPeriod(input: $input) {
      id
      label
      startsOn
      endsOn
      kind
    }
  }
`);

const RemoveAvoidPeriodMutation = graphql(`
  mutation RemoveAvoidPeriod($id: ID!) {
    removeAvoidPeriod(id: $id) {
      id
    }
  }
`);

/** A new period belongs in every list of periods (each by its own range): they are asked again. */
export function useAddAvoidPeriodMutation() {
  const [mutate, state] = useMutation(AddAvoidPeriodMutation);
  const add = (input: AvoidPeriodInput) =>
    mutate({
      variables: { input },
      update: (cache) => {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'avoidPeriods' });
        cache.gc();
      },
    });
  return [add, state] as const;
}

export function useRemoveAvoidPeriodMutation() {
  const [mutate, state] = useMutation(RemoveAvoidPeriodMutation);
  const remove = (id: string) =>
    mutate({
      variables: { id },
      update: (cache) => {
        cache.evict({ id: cache.identify({ __typename: 'AvoidPeriod', id }) });
        cache.gc();
      },
    });
  return [remove, state] as const;
}

/** The periods a day falls in ('yyyy-MM-dd' compare as strings). */
export const periodsOn = <Period extends { startsOn: string; endsOn: string }>(periods: readonly Period[], day: string) =>
  periods.filter((period) => period.startsOn <= day && day <= period.endsOn);
