import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../exports/csv';
import { addMembership, createPartner } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { PARTICIPANT_COLUMNS } from './participants.router';
import { sendTrainingReminders } from './training-reminders.job';
import { createTraining, networkWithMember, outbox, REGISTER, seatToken, sessionIn, SETTINGS } from './trainings.test-support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A training of a new network with a session held yesterday and one to come; a member holds a seat. */
async function runningTraining(overrides: Record<string, unknown> = {}) {
  const { animator, member } = await networkWithMember(server);
  const training = await createTraining(server, animator.account.headers, [animator.network.slug], {
    sessions: [sessionIn(-1, 3), { ...sessionIn(7, 2), communeInseeCode: '26108', place: 'Salle des fêtes' }],
    ...overrides,
  });
  const registration = (await server.gql(REGISTER, { t: training.id }, member.account.headers)).data.registerForTraining;
  const { data } = await server.gql(
    `query($id: ID!) { training(id: $id) { sessions { id hasStarted } } }`,
    { id: training.id },
    member.account.headers,
  );
  return {
    animator,
    member,
    training,
    registration,
    sessions: data.training.sessions as Array<{ id: string; hasStarted: boolean }>,
  };
}

const ATTEND = `mutation($s: ID!, $r: [ID!]!) { recordTrainingAttendance(sessionId: $s, registrationIds: $r) { id attendees { id } } }`;
const CERTIFICATE = `query($r: ID!) { trainingCertificate(registrationId: $r) { person { lastName } training { title } sessions { id } hours issuedOn } }`;

describe('attendance and certificates', () => {
  it('records who came to a started session and gives the certificate to the person and the managers', async () => {
    const { animator, member, registration, sessions } = await runningTraining();
    expect(sessions.map((s) => s.hasStarted)).toEqual([true, false]);
    const recorded = await server.gql(ATTEND, { s: sessions[0].id, r: [registration.id] }, animator.account.headers);
    expect(recorded.data.recordTrainingAttendance.attendees).toEqual([{ id: registration.id }]);
    const again = await server.gql(ATTEND, { s: sessions[0].id, r: [registration.id] }, animator.account.headers);
    expect(again.data.recordTrainingAttendance.attendees).toHaveLength(1);
    const early = await server.gql(ATTEND, { s: sessions[1].id, r: [registration.id] }, animator.account.headers);
    expect(early.errors?.[0].extensions?.reason).toBe('NOT_STARTED');
    const byMember = await server.gql(ATTEND, { s: sessions[0].id, r: [registration.id] }, member.account.headers);
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const certificate = (await server.gql(CERTIFICATE, { r: registration.id }, member.account.headers)).data.trainingCertificate;
    expect(certificate).toMatchObject({
      person: { lastName: member.person.lastName },
      sessions: [{ id: sessions[0].id }],
      hours: 3,
    });
    expect(certificate.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await server.gql(CERTIFICATE, { r: registration.id }, animator.account.headers)).data.trainingCertificate.hours).toBe(
      3,
    );
    const outsider = await createPartner(server);
    expect((await server.gql(CERTIFICATE, { r: registration.id }, outsider.account.headers)).data.trainingCertificate).toBeNull();
    expect((await server.gql(CERTIFICATE, { r: registration.id })).data.trainingCertificate).toBeNull();
  });

  it('refuses to tick someone without a seat', async () => {
    const { animator, training, sessions } = await runningTraining({ capacity: 1 });
    const other = await createPartner(server);
    await addMembership(server, {
      network: animator.network.slug,
      organizationId: other.organization.id,
      personId: other.person.id,
    });
    const waiting = (await server.gql(REGISTER, { t: training.id }, other.account.headers)).data.registerForTraining;
    expect(waiting.status).toBe('WAITLISTED');
    const response = await server.gql(ATTEND, { s: sessions[0].id, r: [waiting.id] }, animator.account.headers);
    expect(response.errors?.[0].extensions?.reason).toBe('NOT_REGISTERED');
  });
});

describe('participants as CSV', () => {
  it('gives the managers the list (session cookie or bearer), and nobody else', async () => {
    const { animator, member, training, registration, sessions } = await runningTraining();
    await server.gql(ATTEND, { s: sessions[0].id, r: [registration.id] }, animator.account.headers);
    const { data } = await server.gql(
      `query($id: ID!) { training(id: $id) { participantsCsvUrl } }`,
      { id: training.id },
      animator.account.headers,
    );
    const path = new URL(data.training.participantsCsvUrl).pathname;
    const token = animator.account.headers.authorization.slice('Bearer '.length);
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: `maillage_session=${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual(PARTICIPANT_COLUMNS);
    expect(rows[1]).toEqual(expect.arrayContaining([member.person.lastName, member.person.email, 'inscrit·e', '1']));
    for (const headers of [member.account.headers, {}]) {
      expect((await fetch(`${server.url}${path}`, { headers })).status).toBe(404);
    }
    const asMember = await server.gql(
      `query($id: ID!) { training(id: $id) { participantsCsvUrl } }`,
      { id: training.id },
      member.account.headers,
    );
    expect(asMember.data.training.participantsCsvUrl).toBeNull();
  });
});

describe('calendars', () => {
  it('puts a training in its registrants’ personal feed and a public one in its networks’ feed and calendar', async () => {
    const { animator, member, training } = await runningTraining({ isPublic: true, title: 'Formation au calendrier' });
    const { data } = await server.gql('{ me { calendarUrl } }', undefined, member.account.headers);
    const personal = await (await fetch(`${server.url}${new URL(data.me.calendarUrl).pathname}`)).text();
    expect(personal.match(/SUMMARY:Formation : Formation au calendrier/g)).toHaveLength(2);
    const network = await (await fetch(`${server.url}/calendar/networks/${animator.network.slug}.ics`)).text();
    expect(network).toContain('SUMMARY:Formation : Formation au calendrier');
    const sessions = await server.gql(
      `query($slug: String!) { network(slug: $slug) { trainingSessions { id training { id } } } }`,
      { slug: animator.network.slug },
    );
    expect(sessions.data.network.trainingSessions.map((s: any) => s.training.id)).toEqual([training.id, training.id]);
  });
});

describe('reminders', () => {
  it('mails the confirmed registrants the day before a session, once, with the give-back link', async () => {
    const { member } = await runningTraining({ sessions: [{ ...sessionIn(1), place: 'Médiathèque' }] });
    const now = new Date();
    await sendTrainingReminders(server.orm.em.fork(), now, SETTINGS);
    await sendTrainingReminders(server.orm.em.fork(), now, SETTINGS);
    const mails = (await outbox(server.orm, member.person.email!)).filter((m) => m.subject.startsWith('Rappel'));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Médiathèque');
    expect(seatToken(mails[0].text)).toBeTruthy();
  });
});
