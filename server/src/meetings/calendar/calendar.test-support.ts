import type { MikroORM } from '@mikro-orm/postgresql';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import type { ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { MailMessage } from '../../mail/mail-message.entity';
import { deliverAnnouncement } from './meeting-announcements';
import type { MeetingMailSettings } from './meeting-mail';

/** What the calendar tests share: the settings of the test server, the outbox, iCalendar parsing. */

export const SETTINGS: MeetingMailSettings = { publicUrl: 'http://maillage.test', mailFrom: 'Maillage <no-reply@maillage.test>' };

export const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }`;
export const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, version: $version, input: $input) { id version } }`;
export const CANCEL = `mutation($id: ID!, $reason: String) { cancelMeeting(id: $id, reason: $reason) { id version } }`;

/** The data of the `meetings.announce` jobs the mutations queued for a meeting, oldest first. */
export async function queuedAnnouncements(orm: MikroORM, meetingId: string) {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<Array<{ data: { meetingId: string; sequence: number; method: 'REQUEST' | 'CANCEL' } }>>(
      `select data from pgboss.job where name = 'meetings.announce' and data->>'meetingId' = ? order by created_on, (data->>'sequence')::int`,
      [meetingId],
    );
  return rows.map((row) => row.data);
}

/** Runs the queued announcements of a meeting, as the job would (the handler is idempotent). */
export async function runAnnouncements(orm: MikroORM, meetingId: string) {
  for (const data of await queuedAnnouncements(orm, meetingId)) await deliverAnnouncement(orm.em.fork(), data, SETTINGS);
}

/** A recipient's messages in the outbox, oldest first, with their bodies and parts. */
export function outbox(orm: MikroORM, to: string) {
  return orm.em
    .fork()
    .find(MailMessage, { to }, { populate: ['html', 'attachments', 'alternatives'], orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * Sends outbox messages to an SMTP server with the fields mail-delivery.ts gives nodemailer, and
 * returns them as received. Not through `mail.send` jobs: another test file's workers may take those.
 */
export async function relay(
  smtpUrl: string,
  messages: MailMessage[],
  received: (to: string) => ParsedMail[],
): Promise<ParsedMail[]> {
  const transport = nodemailer.createTransport({ url: smtpUrl });
  const before = new Set(messages.flatMap((message) => received(message.to)));
  for (const message of messages) {
    await transport.sendMail({
      from: SETTINGS.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments ?? undefined,
      alternatives: message.alternatives ?? undefined,
    });
  }
  transport.close();
  return [...new Set(messages.map((message) => message.to))].flatMap((to) => received(to)).filter((mail) => !before.has(mail));
}

/** The secret of the answer link in a mail's text. */
export function answerTokenOf(text: string): string {
  const token = /\/reponse\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no answer link in: ${text}`);
  return token;
}

export interface ParsedEvent {
  method: string | null;
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  location: string | null;
  description: string;
  status: string | null;
  organizer: string | null;
  attendees: string[];
}

// The scheme of a cal-address is case-insensitive (RFC 5545 §3.3.3): compare them as « mailto: ».
const address = (value: string | null) => value?.replace(/^mailto:/i, 'mailto:') ?? null;

// ical.js is an ES module only: this CommonJS file loads it with import().
let ical: Promise<typeof ICALModule> | undefined;

/** Every VEVENT of an iCalendar text, read by ical.js (an implementation other than the one that wrote it). */
export async function parseIcs(ics: string): Promise<ParsedEvent[]> {
  const ICAL = await (ical ??= import('ical.js').then((module) => module.default));
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const method = (calendar.getFirstPropertyValue('method') as string | null) ?? null;
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      method,
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      summary: event.summary,
      location: event.location ?? null,
      description: event.description,
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      organizer: address(component.getFirstPropertyValue('organizer') as string | null),
      attendees: event.attendees.map((attendee) => address(String(attendee.getFirstValue()))!),
    };
  });
}

/** The single event of a mail's invite.ics (the attachment as stored in the outbox). */
export async function inviteOf(message: MailMessage): Promise<ParsedEvent> {
  const ics = message.attachments?.find((part) => part.filename === 'invite.ics')?.content;
  if (!ics) throw new Error(`no invite.ics in « ${message.subject} »`);
  const [event] = await parseIcs(ics);
  return event;
}

/** The wall-clock time an instant shows in Paris, by the platform's Intl (not our time module). */
export function parisClock(instant: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(instant);
}
