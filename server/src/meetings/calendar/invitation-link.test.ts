import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { answerTokenOf, CANCEL, outbox, runAnnouncements, SCHEDULE, UPDATE } from './calendar.test-support';

/** The personal answer link of the invitation mails: no account, one invitation, revocable. */
let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let partner: Awaited<ReturnType<typeof createPartner>>;

const BY_LINK = `query($token: String!) { invitationByLink(token: $token) { id firstName response respondedAt canRespond meeting { title startsAt endsAt place onlineUrl status } } }`;
const RESPOND = `mutation($token: String!, $response: RsvpResponse!) { respondWithLink(token: $token, response: $response) { firstName response respondedAt canRespond } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitationLink(invitationId: $id) { id } }`;
const INVITATIONS = `query($id: ID!) { meeting(id: $id) { invitations { id response person { id } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  B = await createAnimator(server);
  partner = await createPartner(server);
  await addMembership(server, { network: A.network.slug, organizationId: partner.organization.id, personId: partner.person.id });
});
afterAll(() => server.close());

async function scheduled(startsAt: string, endsAt: string) {
  const input = {
    networkSlugs: [A.network.slug],
    title: 'Commission des familles',
    kind: 'NETWORK_MEETING',
    startsAt,
    endsAt,
    place: 'Mairie',
  };
  const { data, errors } = await server.gql(SCHEDULE, { input }, A.account.headers);
  if (errors) throw new Error(errors[0].message);
  await runAnnouncements(server.orm, data.scheduleMeeting.id);
  return data.scheduleMeeting as { id: string; version: number };
}

/** The answer link of the partner's latest mail about this meeting. */
async function latestToken(meetingId: string): Promise<string> {
  const mails = (await outbox(server.orm, partner.person.email!)).filter((mail) => mail.html.includes(meetingId));
  return answerTokenOf(mails.at(-1)!.text);
}

async function partnerInvitation(meetingId: string) {
  const { data } = await server.gql(INVITATIONS, { id: meetingId }, A.account.headers);
  const invitations = data.meeting.invitations as Array<{ id: string; response: string; person: { id: string } }>;
  return invitations.find((invitation) => invitation.person.id === partner.person.id)!;
}

const reasonOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0].extensions?.reason;

describe('answering through the mail’s link', () => {
  it('answers without signing in, and shows only the meeting, the first name and the answer', async () => {
    const meeting = await scheduled('2032-06-08T18:00:00+02:00', '2032-06-08T20:00:00+02:00');
    const token = await latestToken(meeting.id);
    const shown = await server.gql(BY_LINK, { token });
    expect(shown.errors).toBeUndefined();
    expect(shown.data.invitationByLink).toEqual({
      id: (await partnerInvitation(meeting.id)).id,
      firstName: partner.person.firstName,
      response: 'PENDING',
      respondedAt: null,
      canRespond: true,
      meeting: {
        title: 'Commission des familles',
        startsAt: '2032-06-08T16:00:00.000Z',
        endsAt: '2032-06-08T18:00:00.000Z',
        place: 'Mairie',
        onlineUrl: null,
        status: 'SCHEDULED',
      },
    });
    // Nothing else personal can even be asked for.
    const { data } = await server.gql(`{ __type(name: "LinkInvitation") { fields { name } } }`);
    expect((data.__type.fields as Array<{ name: string }>).map((field) => field.name).sort()).toEqual([
      'canRespond',
      'firstName',
      'id',
      'meeting',
      'respondedAt',
      'response',
    ]);

    const answered = await server.gql(RESPOND, { token, response: 'YES' });
    expect(answered.errors).toBeUndefined();
    expect(answered.data.respondWithLink).toMatchObject({ response: 'YES', canRespond: true });
    expect(Date.parse(answered.data.respondWithLink.respondedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await partnerInvitation(meeting.id)).response).toBe('YES');
  });

  it('refuses a wrong link with a clear French message', async () => {
    for (const token of ['pas-un-jeton', 'x'.repeat(5000)]) {
      const shown = await server.gql(BY_LINK, { token });
      expect(shown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', reason: 'LINK_INVALID' } });
      expect(shown.errors?.[0].message).toMatch(/^Ce lien de réponse n'est pas valable/);
      expect(reasonOf(await server.gql(RESPOND, { token, response: 'NO' }))).toBe('LINK_INVALID');
    }
  });

  it('gives a moved meeting’s mail a new link, keeps the first one working, and revokes both', async () => {
    const meeting = await scheduled('2032-06-15T18:00:00+02:00', '2032-06-15T20:00:00+02:00');
    const first = await latestToken(meeting.id);
    const moved = await server.gql(
      UPDATE,
      {
        id: meeting.id,
        version: meeting.version,
        input: { startsAt: '2032-06-16T18:00:00+02:00', endsAt: '2032-06-16T20:00:00+02:00' },
      },
      A.account.headers,
    );
    expect(moved.errors).toBeUndefined();
    await runAnnouncements(server.orm, meeting.id);
    const second = await latestToken(meeting.id);
    expect(second).not.toBe(first);
    for (const token of [first, second]) {
      expect((await server.gql(BY_LINK, { token })).data.invitationByLink.meeting.startsAt).toBe('2032-06-16T16:00:00.000Z');
    }
    expect((await server.gql(RESPOND, { token: first, response: 'MAYBE' })).data.respondWithLink.response).toBe('MAYBE');

    const invitationId = (await partnerInvitation(meeting.id)).id;
    expect((await server.gql(REVOKE, { id: invitationId }, partner.account.headers)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(reasonOf(await server.gql(REVOKE, { id: invitationId }, B.account.headers))).toBe('NOT_A_MANAGER');
    expect((await server.gql(REVOKE, { id: invitationId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(REVOKE, { id: invitationId }, A.account.headers)).errors).toBeUndefined();
    for (const token of [first, second]) expect(reasonOf(await server.gql(BY_LINK, { token }))).toBe('LINK_INVALID');
    expect((await partnerInvitation(meeting.id)).response).toBe('MAYBE');
  });

  it('kills the links of a cancelled meeting', async () => {
    const meeting = await scheduled('2032-06-22T18:00:00+02:00', '2032-06-22T20:00:00+02:00');
    const token = await latestToken(meeting.id);
    expect((await server.gql(CANCEL, { id: meeting.id }, A.account.headers)).errors).toBeUndefined();
    await runAnnouncements(server.orm, meeting.id);
    const shown = await server.gql(BY_LINK, { token });
    expect(shown.errors?.[0]).toMatchObject({
      message: 'Cette réunion a été annulée : ce lien de réponse ne sert plus.',
      extensions: { reason: 'LINK_MEETING_CANCELLED' },
    });
    expect(reasonOf(await server.gql(RESPOND, { token, response: 'YES' }))).toBe('LINK_MEETING_CANCELLED');
  });

  it('shows a past meeting’s answer but no longer changes it', async () => {
    const meeting = await scheduled('2024-01-09T18:00:00+01:00', '2024-01-09T20:00:00+01:00');
    const token = await latestToken(meeting.id);
    expect((await server.gql(BY_LINK, { token })).data.invitationByLink).toMatchObject({
      response: 'PENDING',
      canRespond: false,
    });
    const late = await server.gql(RESPOND, { token, response: 'YES' });
    expect(late.errors?.[0]).toMatchObject({
      message: "Cette réunion a déjà eu lieu : il n'est plus possible d'y répondre.",
      extensions: { code: 'CONFLICT' },
    });
    expect((await partnerInvitation(meeting.id)).response).toBe('PENDING');
  });
});
