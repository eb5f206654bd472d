import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import type { Actor } from '../../shared/actor';
import { DatePoll } from './date-poll.entity';
import { AnswerDatePollArgs, AnswerDatePollWithLinkArgs, StartDatePollArgs } from './date-poll.inputs';
import { answerDatePoll, answerDatePollWithLink, participantByLink } from './date-poll-answers';
import { DatePollInvite, inviteOf } from './date-poll-invite';
import { openPollsOf } from './date-poll-queries';
import * as polls from './date-poll.service';
import { Meeting } from '../meeting.entity';
import { canReadDatePoll } from '../meeting.policy';

@Resolver(() => DatePoll)
export class DatePollResolver {
  @Query(() => DatePoll, { nullable: true, description: 'For the managers and members of its networks, and the people it asks.' })
  async datePoll(@Ctx() { em, actor }: Context, @Arg('id', () => ID) id: string) {
    const poll = await em.findOne(DatePoll, id);
    return poll && (await canReadDatePoll(actor, poll)) ? poll : null;
  }

  @Authorized()
  @Query(() => [DatePoll], {
    description: 'Open date polls the signed-in person is asked to answer, closing soonest first (« Mes réunions »).',
  })
  myDatePolls(@Ctx() { em }: Context, @CurrentActor() actor: Actor) {
    return openPollsOf(em, actor);
  }

  @Query(() => DatePollInvite, {
    nullable: true,
    description: 'The poll behind a personal link (no account needed); null for an unknown link.',
  })
  async datePollByLink(@Ctx() { em }: Context, @Arg('token', () => String) token: string) {
    const participant = await participantByLink(em, token);
    return participant && inviteOf(em, participant);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => DatePoll, {
    description: 'Proposes 2 to 6 slots for a draft meeting and mails each current member a personal link.',
  })
  startDatePoll(
    @Ctx() { em, settings }: Context,
    @CurrentActor() actor: Actor,
    @Args(() => StartDatePollArgs) args: StartDatePollArgs,
  ) {
    return polls.startDatePoll(em, actor, args, settings.publicUrl);
  }

  @Authorized()
  @Mutation(() => DatePoll, {
    description: "The signed-in participant's answers; a slot answered again replaces the earlier answer.",
  })
  answerDatePoll(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Args(() => AnswerDatePollArgs) args: AnswerDatePollArgs) {
    return answerDatePoll(em, actor, args.pollId, args.answers);
  }

  @Mutation(() => DatePollInvite, { description: 'Answers through the personal link received by mail, without an account.' })
  async answerDatePollWithLink(@Ctx() { em }: Context, @Args(() => AnswerDatePollWithLinkArgs) args: AnswerDatePollWithLinkArgs) {
    return inviteOf(em, await answerDatePollWithLink(em, args.token, args.answers));
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting, { description: 'Sets the meeting to this slot, closes the poll and sends the invitations, at once.' })
  fixMeetingDate(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('pollId', () => ID) pollId: string,
    @Arg('slotId', () => ID) slotId: string,
  ) {
    return polls.fixMeetingDate(em, actor, pollId, slotId);
  }
}
