import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalOrganizer,
} from 'ical-generator';
import type { MailPart } from '../../mail/mail-message.entity';
import { loadRef } from '../../shared/load';
import { meetingPageUrl } from './calendar-urls';
import type { Meeting } from '../meeting.entity';
import { MeetingStatus, RsvpResponse } from '../meeting.enums';

/**
 * Meetings as iCalendar (RFC 5545), for the mails' invitations (iTIP, RFC 5546) and the feeds.
 * Times are written as UTC instants (DTSTART:…Z): the same instant for every reader, with no
 * VTIMEZONE to keep in step with the time-zone database; calendar apps show them on local clocks.
 */

const PRODUCT = { company: 'Maillage', product: 'Maillage', language: 'FR' };

/** Stable across every version of a meeting, so a calendar updates (or drops) the event it holds. */
export const eventUid = (meetingId: string) => `${meetingId}@maillage`;

const EVENT_STATUS: Record<MeetingStatus, ICalEventStatus> = {
  [MeetingStatus.DRAFT]: ICalEventStatus.TENTATIVE,
  [MeetingStatus.SCHEDULED]: ICalEventStatus.CONFIRMED,
  [MeetingStatus.HELD]: ICalEventStatus.CONFIRMED,
  [MeetingStatus.CANCELLED]: ICalEventStatus.CANCELLED,
};

const PARTICIPATION: Record<RsvpResponse, ICalAttendeeStatus> = {
  [RsvpResponse.PENDING]: ICalAttendeeStatus.NEEDSACTION,
  [RsvpResponse.YES]: ICalAttendeeStatus.ACCEPTED,
  [RsvpResponse.NO]: ICalAttendeeStatus.DECLINED,
  [RsvpResponse.MAYBE]: ICalAttendeeStatus.TENTATIVE,
};

/** The place in words (« Salle des fêtes, Crest »), else the video link, else null. */
export async function locationOf(meeting: Meeting): Promise<string | null> {
  const commune = (await loadRef(meeting.commune))?.name;
  return [meeting.place, commune].filter(Boolean).join(', ') || meeting.onlineUrl || null;
}

function descriptionOf(meeting: Meeting, publicUrl: string): string {
  return [
    meeting.status === MeetingStatus.CANCELLED
      ? `Réunion annulée.${meeting.cancellationReason ? ` Motif : ${meeting.cancellationReason}` : ''}`
      : null,
    meeting.description,
    meeting.onlineUrl ? `Visioconférence : ${meeting.onlineUrl}` : null,
    `Ordre du jour, participants et réponse : ${meetingPageUrl(publicUrl, meeting.id)}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

async function addEvent(calendar: ICalCalendar, meeting: Meeting, publicUrl: string) {
  return calendar.createEvent({
    id: eventUid(meeting.id),
    sequence: meeting.sequence,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: meeting.title,
    location: await locationOf(meeting),
    description: descriptionOf(meeting, publicUrl),
    url: meetingPageUrl(publicUrl, meeting.id),
    status: EVENT_STATUS[meeting.status],
    lastModified: meeting.updatedAt,
  });
}

/** « Maillage <no-reply@maillage.example> » (MAIL_FROM) as an iCalendar ORGANIZER. */
export function organizerOf(mailFrom: string): ICalOrganizer {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return match ? { name: match[1] || 'Maillage', email: match[2] } : { name: 'Maillage', email: mailFrom.trim() };
}

export interface Invitee {
  email: string;
  name: string;
  response: RsvpResponse;
}

/**
 * The invitation a mail carries: REQUEST adds or updates the event, CANCEL removes it. Calendar
 * apps match it by UID and apply it only when its SEQUENCE is the highest they have seen.
 * RSVP=FALSE: answers go through the mail's link, not iMIP replies to the no-reply sender.
 */
export async function invitationIcs(
  meeting: Meeting,
  method: 'REQUEST' | 'CANCEL',
  invitee: Invitee,
  settings: { publicUrl: string; mailFrom: string },
): Promise<string> {
  const calendar = ical({ prodId: PRODUCT, method: ICalCalendarMethod[method] });
  const event = await addEvent(calendar, meeting, settings.publicUrl);
  event.organizer(organizerOf(settings.mailFrom));
  event.createAttendee({
    email: invitee.email,
    name: invitee.name,
    role: ICalAttendeeRole.REQ,
    status: PARTICIPATION[invitee.response],
    rsvp: false,
  });
  return calendar.toString();
}

/** The invitation as mail parts: the text/calendar alternative mail apps act on, and invite.ics. */
export function invitationParts(
  ics: string,
  method: 'REQUEST' | 'CANCEL',
): { alternatives: MailPart[]; attachments: MailPart[] } {
  return {
    alternatives: [{ contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }],
    attachments: [{ filename: 'invite.ics', contentType: 'application/ics', content: ics }],
  };
}

/**
 * A subscribed calendar (METHOD:PUBLISH): cancelled meetings stay, marked CANCELLED, so apps drop
 * them. `addMore` adds other areas' events (the trainings' sessions) to the same feed.
 */
export async function feedIcs(
  name: string,
  meetings: Meeting[],
  publicUrl: string,
  addMore?: (calendar: ICalCalendar) => void,
): Promise<string> {
  // Calendar apps poll a subscription at the interval they choose; one hour is a hint most follow.
  const calendar = ical({ prodId: PRODUCT, method: ICalCalendarMethod.PUBLISH, name, ttl: 3600 });
  for (const meeting of meetings) await addEvent(calendar, meeting, publicUrl);
  addMore?.(calendar);
  return calendar.toString();
}
