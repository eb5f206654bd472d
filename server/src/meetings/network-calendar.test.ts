import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnimator } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

/** The benchmark's calendar page: a month of a network's meetings, with their owners and answers. */
const CALENDAR = `query($slug: String!, $from: DateTime!, $to: DateTime!) {
  network(slug: $slug) { meetings(from: $from, to: $to) { id title kind status startsAt endsAt commune { name } networks { slug name } answerCounts { yes maybe no pending } } }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function monthWith(count: number, month: number) {
  const { network, account } = await createAnimator(server);
  for (let day = 1; day <= count; day++) {
    const startsAt = new Date(Date.UTC(2032, month, day, 8)).toISOString();
    const endsAt = new Date(Date.UTC(2032, month, day, 10)).toISOString();
    const input = {
      networkSlugs: [network.slug],
      title: `Réunion ${day}`,
      kind: 'NETWORK_MEETING',
      startsAt,
      endsAt,
      isPublic: true,
      communeInseeCode: '26108',
    };
    const response = await server.gql(
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      { input },
      account.headers,
    );
    if (response.errors) throw new Error(response.errors[0].message);
  }
  return {
    slug: network.slug,
    from: new Date(Date.UTC(2032, month, 1)).toISOString(),
    to: new Date(Date.UTC(2032, month + 1, 1)).toISOString(),
  };
}

async function statementsFor(variables: Record<string, string>, expected: number) {
  server.statements.length = 0;
  const { data, errors } = await server.gql(CALENDAR, variables);
  expect(errors).toBeUndefined();
  expect(data.network.meetings).toHaveLength(expected);
  expect(data.network.meetings[0].answerCounts.pending).toBeGreaterThan(0);
  return server.statements.length;
}

describe('network calendar', () => {
  it('costs the same few statements for a month of 3 meetings as for one of 15', async () => {
    const small = await statementsFor(await monthWith(3, 0), 3);
    const large = await statementsFor(await monthWith(15, 1), 15);
    console.info(`network calendar: ${small} SQL statements for 3 meetings, ${large} for 15`);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(4);
  });
});
