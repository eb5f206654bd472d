import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { createTraining, REGISTER, sessionIn } from './trainings.test-support';

/** A trainings page: each training with its networks, organiser, sessions, seats, the viewer's registration and rights. */
const PAGE = `query($slug: String) { trainings(networkSlug: $slug) { id title theme audiences trainer capacity confirmedCount waitlistCount seatsLeft isPublic
  organizer { name } networks { slug name } sessions { startsAt endsAt place commune { name } }
  myRegistration { status waitlistPosition } viewerCan { edit register registerOthers seeRegistrations }
  registrations { status waitlistPosition person { firstName lastName } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A network with `count` trainings of two sessions each, shared with a second network, and one registrant on each. */
async function networkWith(count: number) {
  const animator = await createAnimator(server);
  const partner = await createAnimator(server);
  const member = await createPartner(server);
  await addMembership(server, {
    network: animator.network.slug,
    organizationId: member.organization.id,
    personId: member.person.id,
  });
  for (let i = 0; i < count; i++) {
    const training = await createTraining(server, animator.account.headers, [animator.network.slug, partner.network.slug], {
      capacity: 1,
      organizerSlug: animator.organization.slug,
      sessions: [
        { ...sessionIn(20 + i), communeInseeCode: '26108' },
        { ...sessionIn(21 + i), place: 'Médiathèque' },
      ],
    });
    await server.gql(REGISTER, { t: training.id }, member.account.headers);
  }
  return { slug: animator.network.slug, headers: animator.account.headers, memberHeaders: member.account.headers };
}

async function statementsFor(slug: string, headers: Record<string, string>, expected: number) {
  server.statements.length = 0;
  const { data, errors } = await server.gql(PAGE, { slug }, headers);
  expect(errors).toBeUndefined();
  expect(data.trainings).toHaveLength(expected);
  return server.statements.length;
}

describe('trainings list', () => {
  it('costs the same statements for 3 trainings as for 12, for a manager and for a member', async () => {
    const small = await networkWith(3);
    const large = await networkWith(12);
    const asManager = [await statementsFor(small.slug, small.headers, 3), await statementsFor(large.slug, large.headers, 12)];
    const asMember = [
      await statementsFor(small.slug, small.memberHeaders, 3),
      await statementsFor(large.slug, large.memberHeaders, 12),
    ];
    console.info(
      `trainings list: ${asManager.join(' / ')} SQL statements as manager (3 / 12), ${asMember.join(' / ')} as member`,
    );
    expect(asManager[1]).toBe(asManager[0]);
    expect(asMember[1]).toBe(asMember[0]);
    expect(asManager[1]).toBeLessThanOrEqual(12);
  });

  it('reads a network’s trainings in the same few statements at any size', async () => {
    const small = await networkWith(2);
    const large = await networkWith(6);
    const count = async (slug: string, headers: Record<string, string>) => {
      server.statements.length = 0;
      const { errors } = await server.gql(
        `query($slug: String!) { network(slug: $slug) { trainings { id seatsLeft networks { slug } sessions { commune { name } } viewerCan { register } } } }`,
        { slug },
        headers,
      );
      expect(errors).toBeUndefined();
      return server.statements.length;
    };
    expect(await count(large.slug, large.memberHeaders)).toBe(await count(small.slug, small.memberHeaders));
  });

  it('reads the trainings of a network’s calendar (its sessions in a period) in the same few statements at any size', async () => {
    const small = await networkWith(2);
    const large = await networkWith(6);
    const count = async (slug: string, headers: Record<string, string>, expected: number) => {
      server.statements.length = 0;
      const { data, errors } = await server.gql(
        `query($slug: String!) { network(slug: $slug) { trainingSessions { startsAt place commune { name } training { id title seatsLeft } } } }`,
        { slug },
        headers,
      );
      expect(errors).toBeUndefined();
      expect(data.network.trainingSessions).toHaveLength(expected);
      return server.statements.length;
    };
    const [few, many] = [await count(small.slug, small.memberHeaders, 4), await count(large.slug, large.memberHeaders, 12)];
    console.info(`network training sessions: ${few} SQL statements for 4 sessions, ${many} for 12`);
    expect(many).toBe(few);
  });
});
