import { registerEnumType } from 'type-graphql';

/** What a participant says of one candidate slot. */
export enum SlotAnswer {
  YES = 'YES',
  IF_NEED_BE = 'IF_NEED_BE',
  NO = 'NO',
}

export enum DatePollStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DATE_FIXED = 'DATE_FIXED',
}

registerEnumType(SlotAnswer, {
  name: 'SlotAnswer',
  valuesConfig: {
    YES: { description: 'Available.' },
    IF_NEED_BE: { description: 'Available if need be (« si besoin »).' },
    NO: { description: 'Not available.' },
  },
});
registerEnumType(DatePollStatus, {
  name: 'DatePollStatus',
  valuesConfig: {
    OPEN: { description: 'Participants may answer until closesAt.' },
    CLOSED: { description: 'No more answers (past closesAt, or the meeting was cancelled); the date is not fixed yet.' },
    DATE_FIXED: { description: 'A slot was chosen: the meeting is scheduled and its invitations sent.' },
  },
});
