import type { FilterQuery } from '@mikro-orm/core';
import { isAdmin } from '../accounts/account.policy';
import { animatedBy, animatesAnyOf, sharesAnyNetwork } from '../networks/network.policy';
import type { SqlBuilder } from '../graphql/sql-json/compile';
import type { Viewer } from '../shared/actor';
import { loadAll, loadRef } from '../shared/load';
import { addParisDays } from '../shared/time';
import type { NodeReaders } from '../shared/node';
import { ActionItem } from './action-item.entity';
import { AgendaItem } from './agenda/agenda-item.entity';
import { Invitation } from './invitation.entity';
import { Meeting } from './meeting.entity';
import { MeetingStatus } from './meeting.enums';
import { AgendaItemStatus } from './agenda/agenda.enums';
import { MeetingSeries } from './series/meeting-series.entity';
import { AvoidPeriod } from './slots/avoid-period.entity';
import { DatePoll } from './polls/date-poll.entity';
import { PollSlot } from './polls/poll-slot.entity';

/** The meetings area's rules, written once: services, field resolvers, `node(id)`, `viewerCan`. */

export async function networkIdsOf(meeting: Meeting): Promise<string[]> {
  return (await loadAll(meeting.networks)).map((network) => network.id);
}

/** Admins, and animators of any owning network, manage a meeting (joint ones included). */
export const canManageNetworks = (viewer: Viewer, networkIds: Iterable<string>) =>
  isAdmin(viewer) || animatesAnyOf(viewer, networkIds);

export async function canManageMeeting(viewer: Viewer, meeting: Meeting): Promise<boolean> {
  return canManageNetworks(viewer, await networkIdsOf(meeting));
}

/** Members of an owning network take part: they see invitees, answers, minutes and actions. */
export async function takesPart(viewer: Viewer, meeting: Meeting): Promise<boolean> {
  const networkIds = await networkIdsOf(meeting);
  return canManageNetworks(viewer, networkIds) || sharesAnyNetwork(viewer, networkIds);
}

/**
 * Drafts are their managers' alone; a dated meeting is seen by the members of its networks,
 * and by everyone when it is public.
 */
export async function canReadMeeting(viewer: Viewer, meeting: Meeting): Promise<boolean> {
  if (await canManageMeeting(viewer, meeting)) return true;
  if (meeting.status === MeetingStatus.DRAFT) return false;
  return meeting.isPublic || (await takesPart(viewer, meeting));
}

/** Attendance is taken once a dated meeting has started (and stays open once it is held). */
export const attendanceOpen = (meeting: Meeting, now = new Date()) =>
  meeting.status === MeetingStatus.HELD || (meeting.status === MeetingStatus.SCHEDULED && meeting.startsAt <= now);

export async function canRecordAttendance(viewer: Viewer, meeting: Meeting, now = new Date()): Promise<boolean> {
  return attendanceOpen(meeting, now) && (await canManageMeeting(viewer, meeting));
}

export const isInvitee = (viewer: Viewer, invitation: Invitation) =>
  viewer?.kind === 'user' && viewer.personId !== null && viewer.personId === invitation.person.id;

/** An invitation is personal data: the invitee and those who take part in the meeting see it. */
export async function canReadInvitation(viewer: Viewer, invitation: Invitation): Promise<boolean> {
  if (isInvitee(viewer, invitation)) return true;
  const meeting = await loadRef(invitation.meeting);
  return meeting !== null && meeting.status !== MeetingStatus.DRAFT && (await takesPart(viewer, meeting));
}

export async function canReadActionItem(viewer: Viewer, item: ActionItem): Promise<boolean> {
  const meeting = await loadRef(item.meeting);
  return meeting !== null && (await takesPart(viewer, meeting));
}

/** Its owner ticks an action off; so do the meeting's managers. */
export async function canChangeActionItem(viewer: Viewer, item: ActionItem): Promise<boolean> {
  if (viewer?.kind === 'user' && viewer.personId && viewer.personId === item.owner?.id) return true;
  const meeting = await loadRef(item.meeting);
  return meeting !== null && (await canManageMeeting(viewer, meeting));
}

/** A series is read through its meetings: whoever may read one of them. */
export async function canReadSeries(viewer: Viewer, series: MeetingSeries): Promise<boolean> {
  for (const meeting of await loadAll(series.meetings)) if (await canReadMeeting(viewer, meeting)) return true;
  return false;
}

/** A mail's answer link answers while the meeting is to come; a cancelled meeting's links are dead. */
export const linkCanRespond = (meeting: Meeting, now: Date) => meeting.status === MeetingStatus.SCHEDULED && meeting.endsAt > now;

/** A personal calendar feed's secret URL is its owner's alone (not even the coordination's). */
export const ownsCalendar = (viewer: Viewer, userId: string) => viewer?.kind === 'user' && viewer.userId === userId;

/** The people a date poll asks: the current members its meeting would invite, when it started. */
export async function isPollParticipant(viewer: Viewer, poll: DatePoll): Promise<boolean> {
  if (viewer?.kind !== 'user' || !viewer.personId) return false;
  return (await loadAll(poll.participants)).some((participant) => participant.person.id === viewer.personId);
}

/** Its managers fix the date; the members of its networks (who see who answered what) and its participants read it. */
export async function canReadDatePoll(viewer: Viewer, poll: DatePoll): Promise<boolean> {
  const meeting = await loadRef(poll.meeting);
  return meeting !== null && ((await takesPart(viewer, meeting)) || (await isPollParticipant(viewer, poll)));
}

/** Who answered what is personal data: for those who take part in the meeting's networks. */
export async function canSeePollAnswers(viewer: Viewer, poll: DatePoll): Promise<boolean> {
  const meeting = await loadRef(poll.meeting);
  return meeting !== null && (await takesPart(viewer, meeting));
}

export async function canManageDatePoll(viewer: Viewer, poll: DatePoll): Promise<boolean> {
  const meeting = await loadRef(poll.meeting);
  return meeting !== null && (await canManageMeeting(viewer, meeting));
}

export async function canReadPollSlot(viewer: Viewer, slot: PollSlot): Promise<boolean> {
  const poll = await loadRef(slot.poll);
  return poll !== null && (await canReadDatePoll(viewer, poll));
}

/** Periods to avoid are the coordination's to keep, and everyone signed in plans with them. */
export const canManageAvoidPeriods = (viewer: Viewer) => isAdmin(viewer);
export const canReadAvoidPeriods = (viewer: Viewer) => viewer !== null;

// Agendas (the AVS orientation commission's flow, on every meeting)

/** Proposals close at the meeting's own deadline, by default 7 days (on Paris clocks) before it starts. */
export const agendaDeadlineOf = (meeting: Meeting) => meeting.agendaDeadline ?? addParisDays(meeting.startsAt, -7);

/** Any member of an owning network (and its managers) proposes items to a dated meeting until the deadline. */
export const canProposeAgendaItem = (viewer: Viewer, meeting: Meeting) => takesPart(viewer, meeting);

export const agendaOpen = (meeting: Meeting, now = new Date()) =>
  meeting.status === MeetingStatus.SCHEDULED && now <= agendaDeadlineOf(meeting);

/**
 * Managers see the agenda as it is built; others once it is published, and then as they see the
 * meeting: its members, or anyone when the meeting is public. An unpublished agenda is never public.
 */
export async function canReadAgenda(viewer: Viewer, meeting: Meeting): Promise<boolean> {
  if (await canManageMeeting(viewer, meeting)) return true;
  return meeting.agendaPublishedAt != null && (await canReadMeeting(viewer, meeting));
}

/** Outcomes are recorded once the meeting has started. */
export const outcomesOpen = attendanceOpen;

export const isProposer = (viewer: Viewer, item: AgendaItem) =>
  viewer?.kind === 'user' && viewer.personId !== null && viewer.personId === item.proposedBy?.id;

/** An item is read with its agenda (accepted ones), by its managers, or by its proposer. */
export async function canReadAgendaItem(viewer: Viewer, item: AgendaItem): Promise<boolean> {
  if (isProposer(viewer, item)) return true;
  const meeting = await loadRef(item.meeting);
  if (!meeting) return false;
  if (await canManageMeeting(viewer, meeting)) return true;
  return item.status === AgendaItemStatus.ACCEPTED && (await canReadAgenda(viewer, meeting));
}

/** Its managers edit an item; its proposer too, while it awaits review and proposals are open. */
export async function canEditAgendaItem(viewer: Viewer, item: AgendaItem, meeting: Meeting): Promise<boolean> {
  if (await canManageMeeting(viewer, meeting)) return true;
  return isProposer(viewer, item) && item.status === AgendaItemStatus.PROPOSED && agendaOpen(meeting);
}

/** A structure's dossier is for those who take part in the networks it was discussed in (checked per item). */
export async function canReadDossierItem(viewer: Viewer, item: AgendaItem): Promise<boolean> {
  const meeting = await loadRef(item.meeting);
  return meeting !== null && meeting.status !== MeetingStatus.DRAFT && (await takesPart(viewer, meeting));
}

export const meetingNodeReaders = {
  Meeting: { entity: Meeting, canRead: canReadMeeting },
  Invitation: { entity: Invitation, canRead: canReadInvitation },
  ActionItem: { entity: ActionItem, canRead: canReadActionItem },
  MeetingSeries: { entity: MeetingSeries, canRead: canReadSeries },
  DatePoll: { entity: DatePoll, canRead: canReadDatePoll },
  PollSlot: { entity: PollSlot, canRead: canReadPollSlot },
  AvoidPeriod: { entity: AvoidPeriod, canRead: canReadAvoidPeriods },
  AgendaItem: { entity: AgendaItem, canRead: canReadAgendaItem },
} satisfies NodeReaders<
  'Meeting' | 'Invitation' | 'ActionItem' | 'MeetingSeries' | 'DatePoll' | 'PollSlot' | 'AvoidPeriod' | 'AgendaItem'
>;

/**
 * `canReadMeeting` as a query filter, for lists: the same rule in the form the database applies
 * (the node(id) test compares the two for every role).
 */
export function readableMeetingsFilter(viewer: Viewer): FilterQuery<Meeting> {
  if (isAdmin(viewer)) return {};
  const managed = animatedBy(viewer);
  const member = viewer?.kind === 'user' ? [...viewer.memberNetworkIds] : [];
  const dated = { status: { $ne: MeetingStatus.DRAFT } };
  return {
    $or: [
      { ...dated, isPublic: true },
      ...(member.length ? [{ ...dated, networks: { id: { $in: member } } }] : []),
      ...(managed.length ? [{ networks: { id: { $in: managed } } }] : []),
    ],
  };
}

/** Meeting row `meeting` belongs to one of these networks (SQL; placeholders added in place). */
const inNetworksSql = (meeting: string, networkIds: string[], sql: SqlBuilder) =>
  `exists (select 1 from meeting_network mn where mn.meeting_id = ${meeting}.id and mn.network_id in (${sql.list(networkIds)}))`;

/** `readableMeetingsFilter` as SQL on meeting row `meeting`, for compiled reads (the differential test holds them together). */
export function readableMeetingsSql(viewer: Viewer, meeting: string, sql: SqlBuilder): string {
  if (isAdmin(viewer)) return 'true';
  const dated = `${meeting}.status <> '${MeetingStatus.DRAFT}'`;
  const member = viewer?.kind === 'user' ? [...viewer.memberNetworkIds] : [];
  const managed = animatedBy(viewer);
  const parts = [`(${dated} and ${meeting}.is_public)`];
  if (member.length) parts.push(`(${dated} and ${inNetworksSql(meeting, member, sql)})`);
  if (managed.length) parts.push(inNetworksSql(meeting, managed, sql));
  return `(${parts.join(' or ')})`;
}

/** `canReadAgenda` as SQL on meeting row `meeting`: its managers, else once published for those who read the meeting. */
export function readableAgendaSql(viewer: Viewer, meeting: string, sql: SqlBuilder): string {
  if (isAdmin(viewer)) return 'true';
  const managed = animatedBy(viewer);
  const manages = managed.length ? `${inNetworksSql(meeting, managed, sql)} or ` : '';
  return `(${manages}(${meeting}.agenda_published_at is not null and ${readableMeetingsSql(viewer, meeting, sql)}))`;
}
