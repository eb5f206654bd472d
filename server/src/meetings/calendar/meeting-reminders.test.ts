import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { answerTokenOf, CANCEL, outbox, runAnnouncements, SCHEDULE, SETTINGS } from './calendar.test-support';
import { meetingRemindersJob, nextParisDay, sendReminders } from './meeting-reminders.job';

/**
 * The reminder the day before at 9:00 in Paris, run with a chosen « now ». The job looks at every
 * meeting of the next day: these tests use days no other file schedules on (2033-06, 2028-03).
 */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let coming: Awaited<ReturnType<typeof createPartner>>;
let declining: Awaited<ReturnType<typeof createPartner>>;
let silent: Awaited<ReturnType<typeof createPartner>>;

const RESPOND = `mutation($id: ID!, $response: RsvpResponse!) { respondToInvitation(meetingId: $id, response: $response) { response } }`;

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  coming = await createPartner(server);
  declining = await createPartner(server);
  silent = await createPartner(server);
  for (const partner of [coming, declining, silent]) {
    await addMembership(server, {
      network: A.network.slug,
      organizationId: partner.organization.id,
      personId: partner.person.id,
    });
  }
});
afterAll(() => server.close());

async function scheduled(title: string, startsAt: string, endsAt: string) {
  const input = { networkSlugs: [A.network.slug], title, kind: 'NETWORK_MEETING', startsAt, endsAt };
  const { data, errors } = await server.gql(SCHEDULE, { input }, A.account.headers);
  if (errors) throw new Error(errors[0].message);
  await runAnnouncements(server.orm, data.scheduleMeeting.id);
  return data.scheduleMeeting.id as string;
}

const reminders = async (partner: { person: { email: string | null } }, title: string) =>
  (await outbox(server.orm, partner.person.email!)).filter((mail) => mail.subject.startsWith(`Rappel : ${title}`));

describe('the reminder the day before', () => {
  it('runs at 9:00 on Paris clocks', () => {
    expect(meetingRemindersJob.schedule?.cron).toBe('0 9 * * *');
  });

  it('mails those who have not declined, once, for the meetings of the next Paris day only', async () => {
    const tomorrow = await scheduled('Rappel du réseau', '2033-06-14T14:00:00+02:00', '2033-06-14T16:00:00+02:00');
    await scheduled('Rappel trop tôt', '2033-06-15T09:00:00+02:00', '2033-06-15T10:00:00+02:00');
    const called = await scheduled('Rappel annulé', '2033-06-14T10:00:00+02:00', '2033-06-14T11:00:00+02:00');
    expect((await server.gql(CANCEL, { id: called }, A.account.headers)).errors).toBeUndefined();
    expect((await server.gql(RESPOND, { id: tomorrow, response: 'YES' }, coming.account.headers)).errors).toBeUndefined();
    expect((await server.gql(RESPOND, { id: tomorrow, response: 'NO' }, declining.account.headers)).errors).toBeUndefined();

    const nineInParis = new Date('2033-06-13T07:00:00Z');
    expect(await sendReminders(server.orm.em.fork(), nineInParis, SETTINGS)).toBe(3); // coming, silent, the animator
    const [reminder] = await reminders(silent, 'Rappel du réseau');
    expect(reminder.subject).toBe('Rappel : Rappel du réseau, demain à 14 h 00');
    expect(reminder.text).toContain('Votre réponse : pas encore de réponse.');
    expect(reminder.text).toContain('Quand : mardi 14 juin 2033 à 14 h 00 – 16 h 00 (heure de Paris)');
    expect((await reminders(coming, 'Rappel du réseau'))[0].text).toContain('Changer ma réponse : http://maillage.test/reponse/');
    expect(await reminders(declining, 'Rappel du réseau')).toEqual([]);
    expect(await reminders(silent, 'Rappel trop tôt')).toEqual([]);
    expect(await reminders(silent, 'Rappel annulé')).toEqual([]);

    // Its link answers like the invitation's.
    const answered = await server.gql(`mutation($t: String!) { respondWithLink(token: $t, response: MAYBE) { response } }`, {
      t: answerTokenOf(reminder.text),
    });
    expect(answered.data.respondWithLink.response).toBe('MAYBE');

    // A second run that day (a retry, another instance) sends nothing more.
    expect(await sendReminders(server.orm.em.fork(), new Date('2033-06-13T07:05:00Z'), SETTINGS)).toBe(0);
    expect(await reminders(silent, 'Rappel du réseau')).toHaveLength(1);
    // The next morning, the other meeting's turn.
    expect(await sendReminders(server.orm.em.fork(), new Date('2033-06-14T07:00:00Z'), SETTINGS)).toBe(4);
    expect(await reminders(declining, 'Rappel trop tôt')).toHaveLength(1);
  });

  it('takes the next Paris day whole, 23 hours long when clocks go forward', async () => {
    // Saturday 25 March 2028, 9:00 in Paris (UTC+1); on Sunday clocks go from 2:00 to 3:00.
    const saturdayMorning = new Date('2028-03-25T08:00:00Z');
    expect(nextParisDay(saturdayMorning)).toEqual({
      from: new Date('2028-03-25T23:00:00Z'),
      to: new Date('2028-03-26T22:00:00Z'),
    });
    await scheduled('Rappel dimanche soir', '2028-03-26T23:30:00+02:00', '2028-03-26T23:50:00+02:00');
    await scheduled('Rappel lundi minuit', '2028-03-27T00:30:00+02:00', '2028-03-27T01:30:00+02:00');
    await sendReminders(server.orm.em.fork(), saturdayMorning, SETTINGS);
    expect(await reminders(silent, 'Rappel dimanche soir')).toHaveLength(1);
    expect(await reminders(silent, 'Rappel lundi minuit')).toEqual([]);
  });
});
