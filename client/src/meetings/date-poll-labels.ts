import type { DatePollStatus, SlotAnswer } from '../gql/graphql';

export const SLOT_ANSWER_LABELS: Record<SlotAnswer, string> = {
  YES: 'Oui',
  IF_NEED_BE: 'Si besoin',
  NO: 'Non',
};

export const POLL_STATUS_LABELS: Record<DatePollStatus, string> = {
  OPEN: 'Sondage en cours',
  CLOSED: 'Sondage clos',
  DATE_FIXED: 'Date retenue',
};
