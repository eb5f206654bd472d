import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../../test/factories';
import { startSmtpTestServer, type SmtpTestServer } from '../../../test/smtp-test-server';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { InvitationLink } from './invitation-link.entity';
import { deliverAnnouncement } from './meeting-announcements';
import {
  CANCEL,
  outbox,
  parseIcs,
  queuedAnnouncements,
  relay,
  runAnnouncements,
  SCHEDULE,
  SETTINGS,
  UPDATE,
  type ParsedEvent,
} from './calendar.test-support';

/**
 * The invitation, change and cancellation mails, end to end: the mutation queues the
 * `meetings.announce` job, the test runs that queued job's handler (a worker here would also
 * work through every other test file's announcements first), and the mails go through a real
 * SMTP server. That runners pick jobs up is the job runner's own tests' business.
 */
let server: TestServer;
let smtp: SmtpTestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let partner: Awaited<ReturnType<typeof createPartner>>;

beforeAll(async () => {
  server = await startTestServer();
  smtp = await startSmtpTestServer();
  A = await createAnimator(server);
  partner = await createPartner(server);
  await addMembership(server, { network: A.network.slug, organizationId: partner.organization.id, personId: partner.person.id });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

async function schedule(startsAt: string, endsAt: string) {
  const input = {
    networkSlugs: [A.network.slug],
    title: 'Réunion du réseau parentalité',
    kind: 'NETWORK_MEETING',
    startsAt,
    endsAt,
    place: 'Salle des fêtes',
  };
  const { data, errors } = await server.gql(SCHEDULE, { input }, A.account.headers);
  if (errors) throw new Error(errors[0].message);
  return data.scheduleMeeting as { id: string; version: number };
}

/** Runs the meeting's queued announcements, then relays the recipient's `count`-th mail over SMTP and returns it as received. */
async function nthMail(meetingId: string, count: number): Promise<ParsedMail> {
  const to = partner.person.email!;
  await runAnnouncements(server.orm, meetingId);
  expect(await outbox(server.orm, to)).toHaveLength(count);
  const [mail] = await relay(smtp.url, (await outbox(server.orm, to)).slice(count - 1), smtp.to);
  return mail;
}

/** The text/calendar alternative (with its `method` parameter) and the invite.ics attachment, parsed. */
async function calendarParts(
  mail: ParsedMail,
): Promise<{ alternative: ParsedEvent; attachment: ParsedEvent; methodParameter: string }> {
  const alternative = mail.attachments.find((part) => part.contentType === 'text/calendar' && part.filename !== 'invite.ics');
  const attachment = mail.attachments.find((part) => part.filename === 'invite.ics');
  if (!alternative || !attachment)
    throw new Error(`calendar parts missing: ${mail.attachments.map((p) => `${p.contentType} ${p.filename}`).join(', ')}`);
  return {
    alternative: (await parseIcs(alternative.content.toString('utf8')))[0],
    attachment: (await parseIcs(attachment.content.toString('utf8')))[0],
    methodParameter: (alternative.headers.get('content-type') as { params: Record<string, string> }).params.method,
  };
}

describe('calendar invitations by mail', () => {
  it('invites, then moves the event in place (same UID, higher SEQUENCE), then removes it', async () => {
    const meeting = await schedule('2032-05-11T14:00:00+02:00', '2032-05-11T16:00:00+02:00');
    const uid = `${meeting.id}@maillage`;

    const invitation = await nthMail(meeting.id, 1);
    expect(invitation.subject).toBe('Invitation : Réunion du réseau parentalité');
    expect(invitation.text).toMatch(
      /Répondre \(sans compte, en un clic\) : http:\/\/maillage\.test\/reponse\/[A-Za-z0-9_-]{43}\n/,
    );
    expect(invitation.text).toContain('Quand : mardi 11 mai 2032 à 14 h 00 – 16 h 00 (heure de Paris)');
    const first = await calendarParts(invitation);
    expect(first.methodParameter).toBe('REQUEST');
    expect(first.alternative).toEqual(first.attachment);
    expect(first.alternative).toMatchObject({
      method: 'REQUEST',
      uid,
      sequence: 0,
      start: new Date('2032-05-11T12:00:00Z'),
      end: new Date('2032-05-11T14:00:00Z'),
      summary: 'Réunion du réseau parentalité',
      location: 'Salle des fêtes',
      status: 'CONFIRMED',
      organizer: 'mailto:no-reply@maillage.test',
      attendees: [`mailto:${partner.person.email}`],
    });
    expect(first.alternative.description).toContain(`http://maillage.test/reunions/${meeting.id}`);

    const moved = await server.gql(
      UPDATE,
      {
        id: meeting.id,
        version: meeting.version,
        input: { startsAt: '2032-05-12T09:30:00+02:00', endsAt: '2032-05-12T11:00:00+02:00' },
      },
      A.account.headers,
    );
    expect(moved.errors).toBeUndefined();
    const change = await nthMail(meeting.id, 2);
    expect(change.subject).toBe('Modifiée : Réunion du réseau parentalité');
    expect((await calendarParts(change)).attachment).toMatchObject({
      method: 'REQUEST',
      uid,
      sequence: 1,
      start: new Date('2032-05-12T07:30:00Z'),
      end: new Date('2032-05-12T09:00:00Z'),
    });

    expect(
      (await server.gql(CANCEL, { id: meeting.id, reason: 'Salle indisponible' }, A.account.headers)).errors,
    ).toBeUndefined();
    const cancellation = await nthMail(meeting.id, 3);
    expect(cancellation.subject).toBe('Annulée : Réunion du réseau parentalité');
    expect(cancellation.text).toContain('Motif : Salle indisponible');
    expect(cancellation.text).not.toContain('/reponse/');
    const cancelled = await calendarParts(cancellation);
    expect(cancelled.methodParameter).toBe('CANCEL');
    expect(cancelled.attachment).toMatchObject({ method: 'CANCEL', uid, sequence: 2, status: 'CANCELLED' });
  });

  it('sends each mail once, however many times its announcement runs', async () => {
    const meeting = await schedule('2032-05-18T14:00:00+02:00', '2032-05-18T16:00:00+02:00');
    const to = partner.person.email!;
    const mailsAbout = async () =>
      (await outbox(server.orm, to)).filter((mail) => mail.alternatives?.[0].content.includes(`${meeting.id}@maillage`));
    await runAnnouncements(server.orm, meeting.id);
    expect(await mailsAbout()).toHaveLength(1);
    // The same job again: a retry after a crash, a duplicate — two of them at once.
    const [data] = await queuedAnnouncements(server.orm, meeting.id);
    await Promise.all([1, 2].map(() => deliverAnnouncement(server.orm.em.fork(), data, SETTINGS)));
    expect(await mailsAbout()).toHaveLength(1);
    const links = await server.orm.em
      .fork()
      .count(InvitationLink, { invitation: { meeting: meeting.id, person: partner.person.id } });
    expect(links).toBe(1);
  });
});
