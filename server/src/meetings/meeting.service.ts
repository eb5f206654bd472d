import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, OptimisticLockError } from '@mikro-orm/postgresql';
import { User } from '../accounts/user.entity';
import { Commune } from '../directory/commune.entity';
import { Network } from '../networks/network.entity';
import type { Actor } from '../shared/actor';
import { Invitation } from './invitation.entity';
import { currentMembersOf } from './invitees';
import { Meeting } from './meeting.entity';
import { MeetingKind, MeetingStatus } from './meeting.enums';
import { meetingError } from './meeting.errors';
import type { ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs';
import { announceMeeting } from './calendar/meeting-announcements';
import { canManageMeeting, canManageNetworks } from './meeting.policy';

const MAX_HOURS = 12;

export function assertSlot(startsAt: Date, endsAt: Date) {
  if (endsAt <= startsAt) throw meetingError('ENDS_BEFORE_START');
  if (endsAt.getTime() - startsAt.getTime() > MAX_HOURS * 3600_000) throw meetingError('TOO_LONG');
}

export function assertKindFits(kind: MeetingKind, networkCount: number) {
  if (kind === MeetingKind.NETWORK_MEETING && networkCount > 1) throw meetingError('ONE_NETWORK_ONLY');
  if (kind === MeetingKind.JOINT_MEETING && networkCount < 2) throw meetingError('JOINT_NEEDS_TWO');
}

export async function networksBySlugs(em: EntityManager, slugs: string[]): Promise<Network[]> {
  const unique = [...new Set(slugs)];
  if (!unique.length) throw meetingError('NO_NETWORK');
  const networks = await em.find(Network, { slug: { $in: unique } });
  const missing = unique.filter((slug) => !networks.some((n) => n.slug === slug));
  if (missing.length) throw meetingError('UNKNOWN_NETWORKS', { slugs: missing });
  return networks;
}

export async function communeOf(em: EntityManager, code: string | null | undefined) {
  if (!code) return null;
  const commune = await em.findOne(Commune, { inseeCode: code });
  if (!commune) throw meetingError('UNKNOWN_COMMUNE');
  return commune;
}

/** Invites the current members of its networks who are not invited yet. */
export async function inviteMembers(em: EntityManager, meeting: Meeting): Promise<number> {
  const networkIds = (await meeting.networks.load()).getIdentifiers() as string[];
  const already = new Set((await meeting.invitations.load()).getItems().map((i) => i.person.id));
  const people = (await currentMembersOf(em, networkIds)).filter((person) => !already.has(person.id));
  for (const person of people) em.create(Invitation, { meeting, person });
  return people.length;
}

export async function findMeeting(em: EntityManager, id: string, lock?: LockMode) {
  const meeting = await em.findOne(Meeting, id, lock ? { lockMode: lock } : {});
  if (!meeting) throw meetingError('MEETING_NOT_FOUND');
  return meeting;
}

export async function managedMeeting(em: EntityManager, actor: Actor, id: string, lock?: LockMode) {
  const meeting = await findMeeting(em, id, lock);
  if (!(await canManageMeeting(actor, meeting))) throw meetingError('NOT_A_MANAGER');
  return meeting;
}

/** Creates a meeting of the given networks; unless a draft, invites their members and tells them. */
export async function scheduleMeeting(em: EntityManager, actor: Actor, input: ScheduleMeetingInput) {
  assertSlot(input.startsAt, input.endsAt);
  return em.transactional(async (tx) => {
    const networks = await networksBySlugs(tx, input.networkSlugs);
    assertKindFits(input.kind, networks.length);
    if (
      !canManageNetworks(
        actor,
        networks.map((n) => n.id),
      )
    )
      throw meetingError('CANNOT_SCHEDULE_FOR');
    const meeting = tx.create(Meeting, {
      title: input.title.trim(),
      kind: input.kind,
      status: input.draft ? MeetingStatus.DRAFT : MeetingStatus.SCHEDULED,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      commune: await communeOf(tx, input.communeInseeCode),
      place: input.place ?? null,
      onlineUrl: input.onlineUrl ?? null,
      description: input.description ?? null,
      isPublic: input.isPublic ?? false,
      createdBy: actor.kind === 'user' ? tx.getReference(User, actor.userId) : null,
    });
    meeting.networks.set(networks);
    if (!input.draft) await openMeeting(tx, meeting);
    return meeting;
  });
}

/** A dated meeting: its networks' members are invited and told, with the calendar event. */
export async function openMeeting(em: EntityManager, meeting: Meeting) {
  meeting.status = MeetingStatus.SCHEDULED;
  await inviteMembers(em, meeting);
  await em.flush();
  await announceMeeting(em, meeting, 'REQUEST');
}

const SCHEDULE_FIELDS = ['startsAt', 'endsAt', 'communeInseeCode', 'place', 'onlineUrl', 'title'] as const;

/**
 * Applies an edit made on version `version`; a stale version changes nothing (CONFLICT), and so
 * does a concurrent edit that commits first (the version check is part of the UPDATE).
 */
export async function updateMeeting(em: EntityManager, actor: Actor, id: string, version: number, input: UpdateMeetingInput) {
  try {
    return await em.transactional(async (tx) => {
      const meeting = await managedMeeting(tx, actor, id);
      if (meeting.version !== version) throw meetingError('STALE_VERSION');
      if (meeting.status === MeetingStatus.CANCELLED) throw meetingError('CANCELLED');
      const { communeInseeCode, ...fields } = input;
      const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      const startsAt = input.startsAt ?? meeting.startsAt;
      const endsAt = input.endsAt ?? meeting.endsAt;
      assertSlot(startsAt, endsAt);
      const reschedules = SCHEDULE_FIELDS.some((field) => input[field] !== undefined);
      tx.assign(meeting, { ...changes, title: input.title?.trim() ?? meeting.title, startsAt, endsAt });
      if (communeInseeCode !== undefined) tx.assign(meeting, { commune: await communeOf(tx, communeInseeCode) });
      if (reschedules && meeting.status === MeetingStatus.SCHEDULED) {
        meeting.sequence += 1;
        await tx.flush();
        await announceMeeting(tx, meeting, 'REQUEST');
      }
      return meeting;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw meetingError('STALE_VERSION');
    throw error;
  }
}

/** Calls a meeting off and tells every invitee (their calendars drop the event). */
export async function cancelMeeting(em: EntityManager, actor: Actor, id: string, reason: string | null) {
  return em.transactional(async (tx) => {
    const meeting = await managedMeeting(tx, actor, id, LockMode.PESSIMISTIC_WRITE);
    if (meeting.status === MeetingStatus.CANCELLED) throw meetingError('ALREADY_CANCELLED');
    const wasAnnounced = meeting.status !== MeetingStatus.DRAFT;
    meeting.status = MeetingStatus.CANCELLED;
    meeting.cancellationReason = reason?.trim() || null;
    meeting.sequence += 1;
    await tx.flush();
    if (wasAnnounced) await announceMeeting(tx, meeting, 'CANCEL');
    return meeting;
  });
}
