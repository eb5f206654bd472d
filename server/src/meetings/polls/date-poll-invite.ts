import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { loadAll, loadRef } from '../../shared/load';
import { DatePollStatus } from './date-poll.enums';
import { pollStatus } from './date-poll.service';
import { PollAnswer } from './poll-answer.entity';
import type { PollParticipant } from './poll-participant.entity';
import { PollSlot } from './poll-slot.entity';

/** What the personal link shows its holder: no one else's name or answer. */
@ObjectType({ description: 'A date poll as its personal link shows it to the participant.' })
export class DatePollInvite {
  @Field()
  meetingTitle!: string;

  @Field({ description: "The participant's first name, to greet them." })
  firstName!: string;

  @Field(() => DatePollStatus)
  status!: DatePollStatus;

  @Field()
  closesAt!: Date;

  @Field(() => [PollSlot], { description: 'In time order.' })
  slots!: PollSlot[];

  @Field(() => PollSlot, { nullable: true, description: 'The slot chosen, once the date is fixed.' })
  chosenSlot!: PollSlot | null;

  @Field(() => [PollAnswer], { description: "The participant's own answers." })
  myAnswers!: PollAnswer[];
}

export async function inviteOf(em: EntityManager, participant: PollParticipant): Promise<DatePollInvite> {
  const poll = (await loadRef(participant.poll))!;
  const meeting = (await loadRef(poll.meeting))!;
  const person = (await loadRef(participant.person))!;
  return {
    meetingTitle: meeting.title,
    firstName: person.firstName,
    status: pollStatus(poll, meeting),
    closesAt: poll.closesAt,
    slots: [...(await loadAll(poll.slots))].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    chosenSlot: await loadRef(poll.chosenSlot),
    // Read afresh: answers just recorded by an upsert are not in the participant's collection.
    myAnswers: await em.find(PollAnswer, { participant }, { orderBy: { slot: { startsAt: 'asc' } } }),
  };
}
