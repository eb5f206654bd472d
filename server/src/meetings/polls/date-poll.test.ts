import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMembership,
  createAnimator,
  createOrganization,
  createPartner,
  createPerson,
  type Person,
} from '../../../test/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../../test/test-server';
import { parisDateTime } from '../../shared/time';

/**
 * Network A: its animator, `partner` (an account), and `guest`, of a structure that is a member as
 * a whole, who has no account and answers through the link. `outsider` and B's animator are not
 * of A.
 */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let partner: Awaited<ReturnType<typeof createPartner>>;
let outsider: Awaited<ReturnType<typeof createPartner>>;
let guest: Person;

const POLL_FIELDS = `id meetingTitle status participantCount closesAt
  slots { id startsAt endsAt tally { yes ifNeedBe no pending } conflicts { person { id } meeting { id } } }
  participants { person { id } answers { slotId answer } }
  myAnswers { slotId answer } chosenSlot { id } viewerCan { manage answer }`;
const START = `mutation($m: ID!, $slots: [SlotInput!]!, $closes: DateTime!) { startDatePoll(meetingId: $m, slots: $slots, closesAt: $closes) { id slots { id } } }`;
const POLL = `query($id: ID!) { datePoll(id: $id) { ${POLL_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $answers: [PollAnswerInput!]!) { answerDatePoll(pollId: $id, answers: $answers) { id myAnswers { slotId answer } } }`;
const INVITE_FIELDS =
  'meetingTitle firstName status slots { id tally { yes } conflicts { person { id } } } myAnswers { slotId answer } chosenSlot { id }';
const BY_LINK = `query($t: String!) { datePollByLink(token: $t) { ${INVITE_FIELDS} } }`;
const ANSWER_BY_LINK = `mutation($t: String!, $answers: [PollAnswerInput!]!) { answerDatePollWithLink(token: $t, answers: $answers) { ${INVITE_FIELDS} } }`;
const FIX = `mutation($p: ID!, $s: ID!) { fixMeetingDate(pollId: $p, slotId: $s) { id status startsAt endsAt invitations { person { id } } datePoll { status chosenSlot { id } } } }`;

const reasonOf = (response: GraphQLResponse) => (response.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;
const at = (day: string, time: string, hours = 2) => {
  const startsAt = parisDateTime(day, time);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + hours * 3600_000).toISOString() };
};
const CLOSES = parisDateTime('2031-04-30', '18:00').toISOString();

async function draft(title = 'Réunion à dater') {
  const response = await server.gql(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    { input: { networkSlugs: [A.network.slug], title, kind: 'NETWORK_MEETING', draft: true, ...at('2031-05-05', '10:00') } },
    A.account.headers,
  );
  return response.data.scheduleMeeting.id as string;
}

async function started(days = ['2031-05-12', '2031-05-13', '2031-05-15'], title?: string) {
  const meetingId = await draft(title);
  const response = await server.gql(
    START,
    { m: meetingId, slots: days.map((day) => at(day, '14:00')), closes: CLOSES },
    A.account.headers,
  );
  if (response.errors) throw new Error(response.errors[0].message);
  return {
    meetingId,
    pollId: response.data.startDatePoll.id as string,
    slots: (response.data.startDatePoll.slots as Array<{ id: string }>).map((s) => s.id),
  };
}

/** The personal link mailed to `email` for the poll of this meeting title. */
async function tokenMailedTo(email: string, title: string): Promise<string> {
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ text: string }>>(`select text from mail_message where recipient = ? and subject = ?`, [
      email,
      `Quelle date pour « ${title} » ?`,
    ]);
  expect(rows).toHaveLength(1);
  return /http:\/\/maillage\.test\/sondage\/([\w-]+)/.exec(rows[0].text)![1];
}

const poll = async (id: string, headers: Record<string, string>) => (await server.gql(POLL, { id }, headers)).data.datePoll;

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  B = await createAnimator(server);
  partner = await createPartner(server);
  await addMembership(server, { network: A.network.slug, organizationId: partner.organization.id, personId: partner.person.id });
  outsider = await createPartner(server);
  const structure = await createOrganization(server);
  guest = await createPerson(server, structure.id, { firstName: 'Sacha' });
  await addMembership(server, { network: A.network.slug, organizationId: structure.id });
});
afterAll(() => server.close());

describe('starting a date poll', () => {
  it('asks the current members of the meeting’s networks, each by mail with a personal link', async () => {
    const { pollId, meetingId } = await started(undefined, 'Réunion de rentrée');
    const read = await poll(pollId, A.account.headers);
    expect(read).toMatchObject({
      meetingTitle: 'Réunion de rentrée',
      status: 'OPEN',
      participantCount: 3,
      viewerCan: { manage: true, answer: true },
    });
    expect(read.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2031-05-12T12:00:00.000Z',
      '2031-05-13T12:00:00.000Z',
      '2031-05-15T12:00:00.000Z',
    ]);
    expect(read.slots.map((s: { tally: object }) => s.tally)).toEqual(Array(3).fill({ yes: 0, ifNeedBe: 0, no: 0, pending: 3 }));
    expect(read.participants.map((p: { person: { id: string } }) => p.person.id).sort()).toEqual(
      [A.person.id, partner.person.id, guest.id].sort(),
    );
    for (const person of [A.person, partner.person, guest])
      expect(await tokenMailedTo(person.email!, 'Réunion de rentrée')).toMatch(/^[\w-]{40,}$/);
    const viaMeeting = await server.gql(
      `query($id: ID!) { meeting(id: $id) { status datePoll { id } } }`,
      { id: meetingId },
      A.account.headers,
    );
    expect(viaMeeting.data.meeting).toEqual({ status: 'DRAFT', datePoll: { id: pollId } });
    // Members read it (names included); people outside the networks do not.
    expect((await poll(pollId, partner.account.headers)).participants).toHaveLength(3);
    expect((await poll(pollId, partner.account.headers)).viewerCan).toEqual({ manage: false, answer: true });
    expect(await poll(pollId, outsider.account.headers)).toBeNull();
    expect(await poll(pollId, B.account.headers)).toBeNull();
    expect(await poll(pollId, {})).toBeNull();
  });

  it('takes 2 to 6 distinct future slots, closing before the first, for a draft meeting only, once', async () => {
    const meetingId = await draft();
    const start = (slots: unknown[], closes = CLOSES, headers = A.account.headers, id = meetingId) =>
      server.gql(START, { m: id, slots, closes }, headers);
    expect((await start([at('2031-05-12', '14:00')])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await start(Array.from({ length: 7 }, (_, i) => at(`2031-05-1${i}`, '14:00')))).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(reasonOf(await start([at('2031-05-12', '14:00'), at('2031-05-12', '14:00')]))).toBe('DUPLICATE_SLOT');
    expect(reasonOf(await start([at('2020-05-12', '14:00'), at('2031-05-12', '14:00')], '2019-01-01T00:00:00Z'))).toBe(
      'SLOT_IN_PAST',
    );
    expect(reasonOf(await start([at('2031-05-12', '14:00'), at('2031-05-13', '14:00')], '2020-01-01T00:00:00Z'))).toBe(
      'POLL_CLOSES_IN_PAST',
    );
    expect(reasonOf(await start([at('2031-04-29', '14:00'), at('2031-05-13', '14:00')]))).toBe('POLL_CLOSES_TOO_LATE');
    expect(reasonOf(await start([at('2031-05-12', '14:00'), at('2031-05-13', '14:00')], CLOSES, B.account.headers))).toBe(
      'NOT_A_MANAGER',
    );
    expect(
      (await start([at('2031-05-12', '14:00'), at('2031-05-13', '14:00')], CLOSES, partner.account.headers)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    // Two managers starting one at the same moment: one poll.
    const both = await Promise.all([0, 1].map(() => start([at('2031-05-12', '14:00'), at('2031-05-13', '14:00')])));
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.map(reasonOf).filter(Boolean)).toEqual(['POLL_EXISTS']);
    const scheduled = (
      await server.gql(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        { input: { networkSlugs: [A.network.slug], title: 'Déjà datée', kind: 'NETWORK_MEETING', ...at('2031-05-06', '10:00') } },
        A.account.headers,
      )
    ).data.scheduleMeeting.id;
    expect(
      reasonOf(await start([at('2031-05-12', '14:00'), at('2031-05-13', '14:00')], CLOSES, A.account.headers, scheduled)),
    ).toBe('POLL_NEEDS_DRAFT');
  });
});

describe('answering', () => {
  it('records answers in the app and through the link; answering again replaces', async () => {
    const title = 'Réunion à dater (réponses)';
    const { pollId, slots } = await started(['2031-05-19', '2031-05-20'], title);
    server.statements.length = 0;
    const mine = await server.gql(
      ANSWER,
      {
        id: pollId,
        answers: [
          { slotId: slots[0], answer: 'YES' },
          { slotId: slots[1], answer: 'IF_NEED_BE' },
        ],
      },
      partner.account.headers,
    );
    // One statement upserts every answer: what keeps one row per participant and slot.
    expect(
      server.statements.filter((sql) =>
        /insert into "poll_answer".*on conflict \("participant_id", "slot_id"\) do update/.test(sql),
      ),
    ).toHaveLength(1);
    expect(mine.data.answerDatePoll.myAnswers).toEqual([
      { slotId: slots[0], answer: 'YES' },
      { slotId: slots[1], answer: 'IF_NEED_BE' },
    ]);

    const token = await tokenMailedTo(guest.email!, title);
    const invite = (await server.gql(BY_LINK, { t: token })).data.datePollByLink;
    expect(invite).toEqual({
      meetingTitle: title,
      firstName: 'Sacha',
      status: 'OPEN',
      slots: slots.map((id) => ({ id, tally: null, conflicts: [] })),
      myAnswers: [],
      chosenSlot: null,
    });
    await server.gql(ANSWER_BY_LINK, { t: token, answers: [{ slotId: slots[0], answer: 'NO' }] });
    const replaced = (
      await server.gql(ANSWER_BY_LINK, {
        t: token,
        answers: [
          { slotId: slots[0], answer: 'YES' },
          { slotId: slots[1], answer: 'NO' },
        ],
      })
    ).data.answerDatePollWithLink;
    expect(replaced.myAnswers).toEqual([
      { slotId: slots[0], answer: 'YES' },
      { slotId: slots[1], answer: 'NO' },
    ]);

    const read = await poll(pollId, A.account.headers);
    expect(read.slots.map((s: { tally: object }) => s.tally)).toEqual([
      { yes: 2, ifNeedBe: 0, no: 0, pending: 1 },
      { yes: 0, ifNeedBe: 1, no: 1, pending: 1 },
    ]);
    const guestAnswers = read.participants.find((p: { person: { id: string } }) => p.person.id === guest.id).answers;
    expect(guestAnswers).toEqual([
      { slotId: slots[0], answer: 'YES' },
      { slotId: slots[1], answer: 'NO' },
    ]);
  });

  it('refuses unknown links and slots, a slot answered twice, and people the poll does not ask', async () => {
    const { pollId, slots } = await started(['2031-05-26', '2031-05-27'], 'Réunion à dater (refus)');
    expect((await server.gql(BY_LINK, { t: 'pas-un-lien' })).data.datePollByLink).toBeNull();
    expect(reasonOf(await server.gql(ANSWER_BY_LINK, { t: 'pas-un-lien', answers: [{ slotId: slots[0], answer: 'YES' }] }))).toBe(
      'POLL_LINK_INVALID',
    );
    expect(
      reasonOf(
        await server.gql(ANSWER, { id: pollId, answers: [{ slotId: 'pls_inconnu', answer: 'YES' }] }, partner.account.headers),
      ),
    ).toBe('UNKNOWN_SLOT');
    const twice = [
      { slotId: slots[0], answer: 'YES' },
      { slotId: slots[0], answer: 'NO' },
    ];
    expect(reasonOf(await server.gql(ANSWER, { id: pollId, answers: twice }, partner.account.headers))).toBe(
      'SLOT_ANSWERED_TWICE',
    );
    expect(
      reasonOf(
        await server.gql(ANSWER, { id: pollId, answers: [{ slotId: slots[0], answer: 'YES' }] }, outsider.account.headers),
      ),
    ).toBe('POLL_NOT_FOUND');
    expect(
      (await server.gql(ANSWER, { id: pollId, answers: [{ slotId: slots[0], answer: 'YES' }] })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('keeps one answer per participant and slot when answers arrive at once', async () => {
    const title = 'Réunion à dater (simultané)';
    const { pollId, slots } = await started(['2031-06-02', '2031-06-03'], title);
    const token = await tokenMailedTo(guest.email!, title);
    const choices = ['YES', 'NO', 'IF_NEED_BE', 'YES', 'NO', 'IF_NEED_BE'];
    const results = await Promise.all([
      ...choices.map((answer) =>
        server.gql(ANSWER, { id: pollId, answers: slots.map((slotId) => ({ slotId, answer })) }, partner.account.headers),
      ),
      ...choices.map((answer) => server.gql(ANSWER_BY_LINK, { t: token, answers: slots.map((slotId) => ({ slotId, answer })) })),
    ]);
    expect(results.map((r) => r.errors?.[0].message).filter(Boolean)).toEqual([]);
    const read = await poll(pollId, A.account.headers);
    for (const participant of read.participants.filter((p: { person: { id: string } }) => p.person.id !== A.person.id)) {
      expect(participant.answers.map((a: { slotId: string }) => a.slotId).sort()).toEqual([...slots].sort());
    }
    for (const slot of read.slots) expect(slot.tally.yes + slot.tally.ifNeedBe + slot.tally.no).toBe(2);
    const rows = await server.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from poll_answer where slot_id in (?)`, [slots]);
    expect(rows[0].n).toBe(4);
  });

  it('stops taking answers once closed', async () => {
    const { pollId, slots } = await started(['2031-06-09', '2031-06-10'], 'Réunion à dater (close)');
    // The test's own poll reaches its closing time.
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update date_poll set closes_at = now() - interval '1 minute' where id = ?`, [pollId]);
    expect(
      reasonOf(await server.gql(ANSWER, { id: pollId, answers: [{ slotId: slots[0], answer: 'YES' }] }, partner.account.headers)),
    ).toBe('POLL_CLOSED');
    expect(await poll(pollId, partner.account.headers)).toMatchObject({ status: 'CLOSED', viewerCan: { answer: false } });
  });
});

describe('fixing the date', () => {
  it('shows managers who is already busy at each slot', async () => {
    const { pollId } = await started(['2031-06-16', '2031-06-17'], 'Réunion à dater (conflits)');
    const busy = (
      await server.gql(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            networkSlugs: [A.network.slug],
            title: 'Réunion déjà prévue',
            kind: 'NETWORK_MEETING',
            ...at('2031-06-17', '15:00'),
          },
        },
        A.account.headers,
      )
    ).data.scheduleMeeting.id;
    const slots = (await poll(pollId, A.account.headers)).slots;
    expect(slots[0].conflicts).toEqual([]);
    expect(
      slots[1].conflicts.map((c: { person: { id: string }; meeting: { id: string } }) => `${c.person.id}/${c.meeting.id}`).sort(),
    ).toEqual([A.person.id, partner.person.id, guest.id].map((id) => `${id}/${busy}`).sort());
    expect((await poll(pollId, partner.account.headers)).slots[1].conflicts).toEqual([]);
  });

  it('moves the meeting to the slot, closes the poll and invites everyone, in one go', async () => {
    const { pollId, slots } = await started(['2031-06-23', '2031-06-24'], 'Réunion à dater (fixée)');
    expect((await server.gql(FIX, { p: pollId, s: slots[1] }, partner.account.headers)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(reasonOf(await server.gql(FIX, { p: pollId, s: slots[1] }, B.account.headers))).toBe('NOT_A_MANAGER');
    const fixed = (await server.gql(FIX, { p: pollId, s: slots[1] }, A.account.headers)).data.fixMeetingDate;
    expect(fixed).toMatchObject({
      status: 'SCHEDULED',
      ...at('2031-06-24', '14:00'),
      datePoll: { status: 'DATE_FIXED', chosenSlot: { id: slots[1] } },
    });
    expect(fixed.invitations.map((i: { person: { id: string } }) => i.person.id).sort()).toEqual(
      [A.person.id, partner.person.id, guest.id].sort(),
    );
    const jobs = await server.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ data: object }>>(
        `select data from pgboss.job where name = 'meetings.announce' and data->>'meetingId' = ?`,
        [fixed.id],
      );
    expect(jobs.map((j) => j.data)).toEqual([{ meetingId: fixed.id, sequence: 0, method: 'REQUEST' }]);
    expect(
      reasonOf(await server.gql(ANSWER, { id: pollId, answers: [{ slotId: slots[0], answer: 'YES' }] }, partner.account.headers)),
    ).toBe('POLL_CLOSED');
    expect(reasonOf(await server.gql(FIX, { p: pollId, s: slots[0] }, A.account.headers))).toBe('POLL_ALREADY_FIXED');
  });

  it('lets one of two managers fixing at once win, and invites each person once', async () => {
    const { pollId, slots } = await started(['2031-06-30', '2031-07-01'], 'Réunion à dater (course)');
    const results = await Promise.all(slots.map((s) => server.gql(FIX, { p: pollId, s }, A.account.headers)));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.map(reasonOf).filter(Boolean)).toEqual(['POLL_ALREADY_FIXED']);
    const meeting = (
      await server.gql(
        `query($id: ID!) { meeting(id: $id) { startsAt invitations { id } datePoll { chosenSlot { id startsAt } } } }`,
        { id: winners[0].data.fixMeetingDate.id },
        A.account.headers,
      )
    ).data.meeting;
    expect(meeting.startsAt).toBe(meeting.datePoll.chosenSlot.startsAt);
    expect(meeting.invitations).toHaveLength(3);
  });
});
