import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import type { Actor } from '../../shared/actor';
import { loadAll, loadRef } from '../../shared/load';
import { Meeting } from '../meeting.entity';
import { canReadMeeting } from '../meeting.policy';
import { MeetingSeries } from './meeting-series.entity';
import { ScheduleMeetingSeriesInput, SeriesChangeInput } from './meeting-series.inputs';
import * as changes from './meeting-series-changes';
import { scheduleMeetingSeries } from './meeting-series.service';
import { LeftAloneReason, SeriesScope } from './series-scope';

@ObjectType({ description: 'An occurrence within the scope that a series change did not (or would not) touch, and why.' })
export class LeftAloneOccurrence {
  @Field(() => Meeting)
  meeting!: Meeting;

  @Field(() => LeftAloneReason)
  reason!: LeftAloneReason;
}

@ObjectType({ description: 'What a series change or cancellation did, occurrence by occurrence.' })
export class SeriesChangePayload {
  @Field(() => MeetingSeries)
  series!: MeetingSeries;

  @Field(() => [Meeting], {
    description: 'Exactly the meetings changed (or cancelled), in time order; their invitees were told.',
  })
  changed!: Meeting[];

  @Field(() => [LeftAloneOccurrence])
  leftAlone!: LeftAloneOccurrence[];
}

@ObjectType({
  description: 'The meetings a series change with this scope would touch: « cette modification concerne 3 réunions ».',
})
export class SeriesChangePreview {
  @Field(() => MeetingSeries)
  series!: MeetingSeries;

  @Field(() => [Meeting], { description: 'In time order.' })
  willChange!: Meeting[];

  @Field(() => [LeftAloneOccurrence], { description: 'Cancelled or past occurrences within the scope, which stay as they are.' })
  leftAlone!: LeftAloneOccurrence[];
}

const payloadOf = async (outcome: changes.SeriesOutcome) => ({
  series: (await loadRef(outcome.anchor.series))!,
  changed: outcome.changeable,
  leftAlone: outcome.leftAlone,
});

@Resolver(() => MeetingSeries)
export class MeetingSeriesResolver {
  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => MeetingSeries, {
    description: 'Creates `count` meetings, every `interval` weeks or months, each invited and announced.',
  })
  scheduleMeetingSeries(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('input', () => ScheduleMeetingSeriesInput) input: ScheduleMeetingSeriesInput,
  ) {
    return scheduleMeetingSeries(em, actor, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Query(() => SeriesChangePreview, {
    description: 'Which meetings of its series a change of this meeting with this scope would touch.',
  })
  async seriesChangePreview(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('scope', () => SeriesScope) scope: SeriesScope,
  ) {
    const { series, changed, leftAlone } = await payloadOf(await changes.seriesChangePreview(em, actor, meetingId, scope));
    return { series, willChange: changed, leftAlone };
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => SeriesChangePayload)
  async updateMeetingSeries(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('scope', () => SeriesScope) scope: SeriesScope,
    @Arg('input', () => SeriesChangeInput) input: SeriesChangeInput,
  ) {
    return payloadOf(await changes.updateMeetingSeries(em, actor, meetingId, scope, input));
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => SeriesChangePayload)
  async cancelMeetingSeries(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('scope', () => SeriesScope) scope: SeriesScope,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ) {
    return payloadOf(await changes.cancelMeetingSeries(em, actor, meetingId, scope, reason));
  }

  @FieldResolver(() => [Meeting], { description: 'Its meetings the viewer may see, in time order.' })
  async meetings(@Root() series: MeetingSeries, @Ctx() { actor }: Context) {
    const meetings = await loadAll(series.meetings);
    const readable = await Promise.all(meetings.map((meeting) => canReadMeeting(actor, meeting)));
    return meetings.filter((_, index) => readable[index]).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
}

@Resolver(() => Meeting)
export class MeetingSeriesFieldResolver {
  @FieldResolver(() => MeetingSeries, { nullable: true, description: 'The recurring series it belongs to, if any.' })
  series(@Root() meeting: Meeting) {
    return loadRef(meeting.series);
  }
}
