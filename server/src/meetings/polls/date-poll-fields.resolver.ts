import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { isUser } from '../../shared/actor';
import { loadAll, loadBatched, loadRef } from '../../shared/load';
import { DatePoll } from './date-poll.entity';
import { DatePollStatus } from './date-poll.enums';
import { pollStatus } from './date-poll.service';
import { Meeting } from '../meeting.entity';
import { canManageDatePoll, canReadDatePoll, canReadMeeting, canSeePollAnswers } from '../meeting.policy';
import { PollAnswer } from './poll-answer.entity';
import { PollParticipant } from './poll-participant.entity';
import { PollSlot } from './poll-slot.entity';

@ObjectType({ description: 'What the viewer may do with a date poll.' })
export class DatePollPermissions {
  @Field({ description: 'Fix the date (the managers of the meeting).' })
  manage!: boolean;

  @Field({ description: 'Answer it now (the viewer is asked and it is open).' })
  answer!: boolean;
}

const meetingOf = async (poll: DatePoll) => (await loadRef(poll.meeting))!;

async function ownParticipant(actor: Context['actor'], poll: DatePoll) {
  if (!isUser(actor) || !actor.personId) return null;
  return (await loadAll(poll.participants)).find((participant) => participant.person.id === actor.personId) ?? null;
}

@Resolver(() => DatePoll)
export class DatePollFieldsResolver {
  @FieldResolver(() => String)
  async meetingTitle(@Root() poll: DatePoll) {
    return (await meetingOf(poll)).title;
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting, for those who may read it (a draft: its managers).',
  })
  async meeting(@Root() poll: DatePoll, @Ctx() { actor }: Context) {
    const meeting = await meetingOf(poll);
    return (await canReadMeeting(actor, meeting)) ? meeting : null;
  }

  @FieldResolver(() => DatePollStatus)
  async status(@Root() poll: DatePoll) {
    return pollStatus(poll, await meetingOf(poll));
  }

  @FieldResolver(() => [PollSlot], { description: 'In time order.' })
  async slots(@Root() poll: DatePoll) {
    return [...(await loadAll(poll.slots))].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  @FieldResolver(() => PollSlot, { nullable: true, description: 'The slot chosen, once the date is fixed.' })
  chosenSlot(@Root() poll: DatePoll) {
    return loadRef(poll.chosenSlot);
  }

  @FieldResolver(() => Int)
  async participantCount(@Root() poll: DatePoll) {
    return (await loadAll(poll.participants)).length;
  }

  @FieldResolver(() => [PollParticipant], {
    description: 'Who answered what (personal data): for those who take part in its networks.',
  })
  async participants(@Root() poll: DatePoll, @Ctx() { actor }: Context) {
    if (!(await canSeePollAnswers(actor, poll))) return [];
    return loadAll(poll.participants, ['person']);
  }

  @FieldResolver(() => [PollAnswer], { description: "The viewer's own answers, if asked." })
  async myAnswers(@Root() poll: DatePoll, @Ctx() { actor }: Context) {
    const participant = await ownParticipant(actor, poll);
    return participant ? loadAll(participant.answers) : [];
  }

  @FieldResolver(() => DatePollPermissions)
  async viewerCan(@Root() poll: DatePoll, @Ctx() { actor }: Context): Promise<DatePollPermissions> {
    const open = pollStatus(poll, await meetingOf(poll)) === DatePollStatus.OPEN;
    return { manage: await canManageDatePoll(actor, poll), answer: open && (await ownParticipant(actor, poll)) !== null };
  }
}

@Resolver(() => Meeting)
export class MeetingDatePollResolver {
  @FieldResolver(() => DatePoll, { nullable: true, description: 'Its date poll, if one was started and the viewer may read it.' })
  async datePoll(@Root() meeting: Meeting, @Ctx() { em, actor }: Context) {
    const poll = await loadBatched(
      em,
      'datePollOfMeeting',
      async (ids) => {
        const polls = await em.find(DatePoll, { meeting: { $in: ids } });
        return new Map(polls.map((p) => [p.meeting.id, p]));
      },
      meeting.id,
    );
    return poll && (await canReadDatePoll(actor, poll)) ? poll : null;
  }
}
