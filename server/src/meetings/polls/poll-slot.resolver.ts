import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Person } from '../../directory/person.entity';
import type { Context } from '../../graphql/context';
import { loadAll, loadRef } from '../../shared/load';
import { conflictsOf, SlotTally, tallyOf } from './date-poll-tallies';
import { canManageDatePoll, canReadDatePoll } from '../meeting.policy';
import { PollAnswer } from './poll-answer.entity';
import { PollParticipant } from './poll-participant.entity';
import { PollSlot } from './poll-slot.entity';
import { SchedulingConflict } from '../scheduling-conflict.resolver';

@Resolver(() => PollSlot)
export class PollSlotResolver {
  @FieldResolver(() => SlotTally, {
    nullable: true,
    description: 'Answer counts: for those who may read the poll (not through a personal link).',
  })
  async tally(@Root() slot: PollSlot, @Ctx() { em, actor }: Context) {
    const poll = await loadRef(slot.poll);
    return poll && (await canReadDatePoll(actor, poll)) ? tallyOf(em, slot.id) : null;
  }

  @FieldResolver(() => [SchedulingConflict], {
    description: 'Participants already expected at another meeting then (as schedulingConflicts): for the managers.',
  })
  async conflicts(@Root() slot: PollSlot, @Ctx() { em, actor }: Context) {
    const poll = await loadRef(slot.poll);
    return poll && (await canManageDatePoll(actor, poll)) ? conflictsOf(em, slot) : [];
  }
}

@Resolver(() => PollParticipant)
export class PollParticipantResolver {
  @FieldResolver(() => Person)
  person(@Root() participant: PollParticipant) {
    return loadRef(participant.person);
  }

  @FieldResolver(() => [PollAnswer])
  answers(@Root() participant: PollParticipant) {
    return loadAll(participant.answers);
  }
}

@Resolver(() => PollAnswer)
export class PollAnswerResolver {
  @FieldResolver(() => ID)
  slotId(@Root() answer: PollAnswer) {
    return answer.slot.id;
  }
}
