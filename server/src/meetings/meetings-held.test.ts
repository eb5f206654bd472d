import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnimator } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { markEndedMeetingsHeld } from './meetings-held.job';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const STATUS = `query($id: ID!) { meeting(id: $id) { status version } }`;

describe('meetings that have ended', () => {
  it('become HELD once over, unless cancelled or still to come; their version stays', async () => {
    // In the year 2000, so that the clock given to the job touches no other file's meetings.
    const { network, account } = await createAnimator(server);
    const schedule = async (startsAt: string, endsAt: string) =>
      (
        await server.gql(
          SCHEDULE,
          { input: { networkSlugs: [network.slug], title: 'Réunion passée', kind: 'NETWORK_MEETING', startsAt, endsAt } },
          account.headers,
        )
      ).data.scheduleMeeting.id as string;
    const ended = await schedule('2000-03-01T09:00:00Z', '2000-03-01T11:00:00Z');
    const cancelled = await schedule('2000-03-02T09:00:00Z', '2000-03-02T11:00:00Z');
    const later = await schedule('2000-06-01T09:00:00Z', '2000-06-01T11:00:00Z');
    await server.gql(`mutation($id: ID!) { cancelMeeting(id: $id) { status } }`, { id: cancelled }, account.headers);
    const before = (await server.gql(STATUS, { id: ended }, account.headers)).data.meeting.version;

    await markEndedMeetingsHeld(server.orm.em.fork(), new Date('2000-04-01T00:00:00Z'));

    const status = async (id: string) => (await server.gql(STATUS, { id }, account.headers)).data.meeting;
    expect(await status(ended)).toEqual({ status: 'HELD', version: before });
    expect((await status(cancelled)).status).toBe('CANCELLED');
    expect((await status(later)).status).toBe('SCHEDULED');
  });
});
