import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf } from '../../accounts/actors';
import { requireUser } from '../../accounts/account.policy';
import { newSecret } from '../../accounts/tokens';
import { Network } from '../../networks/network.entity';
import type { Viewer } from '../../shared/actor';
import { CalendarFeed } from './calendar-feed.entity';
import { Meeting } from '../meeting.entity';
import { MeetingStatus } from '../meeting.enums';
import { meetingError } from '../meeting.errors';
import { canReadMeeting, ownsCalendar, readableMeetingsFilter } from '../meeting.policy';

// A feed holds the past year and what is to come: calendar apps drop events that leave a feed, so
// history stays a while; 500 meetings is years of the busiest network.
const HISTORY_DAYS = 365;
const FEED_LIMIT = 500;

/** The owner's feed token, made at the first request (two first requests at once make one). */
export async function calendarFeedToken(em: EntityManager, viewer: Viewer, userId: string): Promise<string> {
  if (!ownsCalendar(viewer, userId)) throw meetingError('NOT_OWN_CALENDAR');
  const existing = await em.findOne(CalendarFeed, { user: userId });
  if (existing) return existing.token;
  await em.createQueryBuilder(CalendarFeed).insert({ user: userId, token: newSecret() }).onConflict('user').ignore().execute();
  return (await em.findOneOrFail(CalendarFeed, { user: userId }, { refresh: true })).token;
}

/** A new token for the signed-in user's feed: the URL they gave out before stops working. */
export async function regenerateCalendarFeed(em: EntityManager, viewer: Viewer): Promise<string> {
  const { userId } = requireUser(viewer);
  const token = newSecret();
  await em.createQueryBuilder(CalendarFeed).insert({ user: userId, token }).onConflict('user').merge(['token']).execute();
  return token;
}

function feedMeetings(em: EntityManager, where: FilterQuery<Meeting>, now: Date) {
  const since = new Date(now.getTime() - HISTORY_DAYS * 24 * 3600_000);
  return em.find(
    Meeting,
    { $and: [where, { status: { $ne: MeetingStatus.DRAFT } }, { endsAt: { $gt: since } }] },
    {
      populate: ['commune'],
      orderBy: { startsAt: 'asc', id: 'asc' },
      limit: FEED_LIMIT,
    },
  );
}

/**
 * A network's public feed: its public meetings, for anyone. Members need no more here: they are
 * invited to their networks' meetings, which their personal feed holds.
 */
export async function networkFeed(em: EntityManager, slug: string, now = new Date()) {
  const network = await em.findOne(Network, { slug });
  if (!network) return null;
  return { network, meetings: await feedMeetings(em, { networks: { id: network.id }, isPublic: true }, now) };
}

/**
 * The meetings the feed's owner is invited to and may still read (an invitation outlives the
 * membership it came from), cancelled ones included: they show as cancelled, then go.
 */
export async function personalFeed(em: EntityManager, token: string, now = new Date()) {
  if (token.length > 100) return null;
  const feed = await em.findOne(CalendarFeed, { token, user: { disabledAt: null } }, { populate: ['user'] });
  if (!feed) return null;
  const owner = await actorOf(em, feed.user.getEntity());
  if (!owner.personId) return { owner, meetings: [] };
  return {
    owner,
    meetings: await feedMeetings(em, { $and: [readableMeetingsFilter(owner), { invitations: { person: owner.personId } }] }, now),
  };
}

/** One meeting's file, if this viewer may read the meeting (else nothing: its existence is not told). */
export async function readableMeeting(em: EntityManager, viewer: Viewer, id: string) {
  const meeting = await em.findOne(Meeting, id, { populate: ['commune'] });
  return meeting && (await canReadMeeting(viewer, meeting)) ? meeting : null;
}
