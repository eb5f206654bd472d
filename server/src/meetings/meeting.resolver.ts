import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Commune } from '../directory/commune.entity';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import { readOneAsJson } from '../graphql/json-reads';
import { Network } from '../networks/network.entity';
import type { Actor, Viewer } from '../shared/actor';
import { byName, loadAll, loadRef } from '../shared/load';
import { connectionFrom, connectionTypes, pageRequest } from '../shared/pagination';
import { ActionItem } from './action-item.entity';
import { meetingIcsUrl } from './calendar/calendar-urls';
import { Invitation } from './invitation.entity';
import { answerCountsOf, AnswerCounts } from './answer-counts';
import { Meeting } from './meeting.entity';
import { MeetingStatus } from './meeting.enums';
import { MeetingFilter, ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs';
import {
  attendanceOpen,
  canManageMeeting,
  canReadMeeting,
  canRecordAttendance,
  isInvitee,
  readableMeetingsSql,
  takesPart,
} from './meeting.policy';
import { listMeetings } from './meeting-queries';
import * as meetings from './meeting.service';

const { Connection: MeetingConnection } = connectionTypes(Meeting, 'Meeting');

async function ownInvitation(viewer: Viewer, meeting: Meeting) {
  if (viewer?.kind !== 'user' || !viewer.personId) return null;
  return (await loadAll(meeting.invitations, ['person'])).find((invitation) => isInvitee(viewer, invitation)) ?? null;
}

@ObjectType({ description: 'What the viewer may do with a meeting: the client offers the actions from this.' })
export class MeetingPermissions {
  @Field({ description: 'Edit, move, cancel it; record attendance, minutes and actions.' })
  manage!: boolean;

  @Field({ description: 'Answer its invitation (the viewer is invited).' })
  respond!: boolean;

  @Field({ description: 'Tick who came: its managers, once it has started.' })
  recordAttendance!: boolean;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection)
  async meetings(
    @Ctx() { em, actor }: Context,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return connectionFrom(await listMeetings(em, actor, filter ?? {}, pageRequest(first, after)));
  }

  @Query(() => Meeting, { nullable: true })
  async meeting(@Ctx() context: Context, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string) {
    const compiled = await readOneAsJson(
      context,
      info,
      'Meeting',
      (sql) => `from meeting row where row.id = ${sql.param(id)} and ${readableMeetingsSql(context.actor, 'row', sql)}`,
    );
    if (compiled !== undefined) return compiled;
    const { em, actor } = context;
    const meeting = await em.findOne(Meeting, id);
    return meeting && (await canReadMeeting(actor, meeting)) ? meeting : null;
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting)
  scheduleMeeting(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput,
  ) {
    return meetings.scheduleMeeting(em, actor, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting)
  updateMeeting(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput,
  ) {
    return meetings.updateMeeting(em, actor, id, version, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting)
  cancelMeeting(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ) {
    return meetings.cancelMeeting(em, actor, id, reason);
  }

  @FieldResolver(() => [Network])
  async networks(@Root() meeting: Meeting) {
    return byName(await loadAll(meeting.networks), (n) => n.name);
  }

  @FieldResolver(() => Commune, { nullable: true })
  commune(@Root() meeting: Meeting) {
    return loadRef(meeting.commune);
  }

  @FieldResolver(() => [Invitation], { description: 'Personal data: empty unless the viewer takes part in the meeting.' })
  async invitations(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    if (!(await takesPart(actor, meeting))) return [];
    return loadAll(meeting.invitations, ['person']);
  }

  @FieldResolver(() => Invitation, { nullable: true, description: "The viewer's own invitation, if invited." })
  myInvitation(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    return ownInvitation(actor, meeting);
  }

  @FieldResolver(() => AnswerCounts, {
    description: 'How many invitees answered what (no names: anyone who sees the meeting sees these).',
  })
  answerCounts(@Root() meeting: Meeting, @Ctx() { em }: Context) {
    return answerCountsOf(em, meeting.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Minutes in Markdown: for those who take part.' })
  async minutes(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    return (await takesPart(actor, meeting)) ? (meeting.minutes ?? null) : null;
  }

  @FieldResolver(() => [ActionItem])
  async actionItems(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    if (!(await takesPart(actor, meeting))) return [];
    return loadAll(meeting.actionItems);
  }

  @FieldResolver(() => Boolean, { description: 'It has started (or been held): attendance can be shown and taken.' })
  hasStarted(@Root() meeting: Meeting) {
    return attendanceOpen(meeting);
  }

  @FieldResolver(() => String, { description: 'This meeting as an iCalendar file.' })
  icsUrl(@Root() meeting: Meeting, @Ctx() { settings }: Context) {
    return meetingIcsUrl(settings.publicUrl, meeting.id);
  }

  @FieldResolver(() => MeetingPermissions)
  async viewerCan(@Root() meeting: Meeting, @Ctx() { actor }: Context): Promise<MeetingPermissions> {
    const invitation = await ownInvitation(actor, meeting);
    return {
      manage: await canManageMeeting(actor, meeting),
      respond: invitation !== null && meeting.status === MeetingStatus.SCHEDULED,
      recordAttendance: await canRecordAttendance(actor, meeting),
    };
  }
}
