import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { parisDateTime } from '../../shared/time';

/** « Mes réunions » lists the open polls a person is asked, since members cannot read draft meetings. */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let partner: Awaited<ReturnType<typeof createPartner>>;
let outsider: Awaited<ReturnType<typeof createPartner>>;

const MY_POLLS = `query { myDatePolls { id meetingTitle status } }`;
const at = (day: string, time: string) => {
  const startsAt = parisDateTime(day, time);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString() };
};

async function gql(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await server.gql(query, variables, headers);
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data;
}

async function poll(title: string) {
  const { scheduleMeeting } = await gql(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    { input: { networkSlugs: [A.network.slug], title, kind: 'NETWORK_MEETING', draft: true, ...at('2031-06-02', '10:00') } },
    A.account.headers,
  );
  const { startDatePoll } = await gql(
    `mutation($m: ID!, $slots: [SlotInput!]!, $closes: DateTime!) { startDatePoll(meetingId: $m, slots: $slots, closesAt: $closes) { id slots { id } } }`,
    {
      m: scheduleMeeting.id,
      slots: [at('2031-06-09', '14:00'), at('2031-06-10', '14:00')],
      closes: parisDateTime('2031-06-05', '18:00').toISOString(),
    },
    A.account.headers,
  );
  return { pollId: startDatePoll.id as string, slotId: startDatePoll.slots[0].id as string };
}

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  partner = await createPartner(server);
  await addMembership(server, { network: A.network.slug, organizationId: partner.organization.id, personId: partner.person.id });
  outsider = await createPartner(server);
});
afterAll(() => server.close());

describe('myDatePolls', () => {
  it('lists the open polls the person is asked, and drops a poll once its date is fixed', async () => {
    const open = await poll('Sondage ouvert');
    const fixed = await poll('Sondage tranché');
    await gql(
      `mutation($p: ID!, $s: ID!) { fixMeetingDate(pollId: $p, slotId: $s) { id } }`,
      { p: fixed.pollId, s: fixed.slotId },
      A.account.headers,
    );

    const { myDatePolls } = await gql(MY_POLLS, {}, partner.account.headers);
    expect(myDatePolls).toEqual([{ id: open.pollId, meetingTitle: 'Sondage ouvert', status: 'OPEN' }]);
    expect((await gql(MY_POLLS, {}, outsider.account.headers)).myDatePolls).toEqual([]);
  });

  it('asks to sign in', async () => {
    const response = await server.gql(MY_POLLS, {}, {});
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
