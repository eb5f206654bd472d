import type { MikroORM } from '@mikro-orm/postgresql';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { addMembership, createAnimator, createPartner, uniqueTag } from '../../test/factories';
import type { TestServer } from '../../test/test-server';
import { mailPromotion } from './seat-promotion.job';

/** What the trainings tests share: GraphQL documents, data builders, the queued promotion mails. */

export const SETTINGS = { publicUrl: 'http://maillage.test' };

export const CREATE = `mutation($input: TrainingInput!) { createTraining(input: $input) { id version capacity isPublic } }`;
export const REGISTER = `mutation($t: ID!, $p: ID) { registerForTraining(trainingId: $t, personId: $p) { id status sequence createdAt waitlistPosition person { id } } }`;
export const CANCEL = `mutation($id: ID!) { cancelRegistration(id: $id) { id status } }`;
export const REGISTRATIONS = `query($id: ID!) { training(id: $id) { id capacity confirmedCount waitlistCount seatsLeft
  registrations { id status sequence createdAt waitlistPosition person { id } } } }`;

const DAY = 24 * 3600_000;

/** A session `days` from now, 9:00–12:00 UTC. */
export function sessionIn(days: number, hours = 3) {
  const start = new Date(Date.now() + days * DAY);
  start.setUTCHours(9, 0, 0, 0);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * 3600_000).toISOString() };
}

export function trainingInput(networkSlugs: string[], overrides: Record<string, unknown> = {}) {
  return {
    title: `Formation d'essai ${uniqueTag()}`,
    description: 'Formation créée par les tests.',
    theme: 'PARENTING',
    networkSlugs,
    capacity: 10,
    sessions: [{ ...sessionIn(30), communeInseeCode: '26108', place: 'Salle des fêtes' }],
    trainer: 'Formatrice d’essai',
    audiences: ['PROFESSIONALS'],
    ...overrides,
  };
}

export async function createTraining(
  server: TestServer,
  headers: Record<string, string>,
  networkSlugs: string[],
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const response = await server.gql(CREATE, { input: trainingInput(networkSlugs, overrides) }, headers);
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data.createTraining;
}

/**
 * `count` people of one new structure, inserted in one go (faster than the API for hundreds); the
 * structure can then be made a member of a network, which makes all of them members.
 */
export async function peopleOfNewStructure(server: TestServer, organizationId: string, count: number) {
  const em = server.orm.em.fork();
  const organization = em.getReference(Organization, organizationId);
  const tag = uniqueTag();
  const people = Array.from({ length: count }, (_, i) =>
    em.create(Person, { firstName: `P${i}`, lastName: `Essai-${tag}`, email: `inscrit-${tag}-${i}@exemple.fr`, organization }),
  );
  await em.flush();
  return people.map((person) => ({ id: person.id, email: person.email! }));
}

/** The data of the `trainings.seat-promoted` jobs queued for these registrations. */
export async function queuedPromotions(orm: MikroORM, registrationIds: string[]) {
  if (!registrationIds.length) return [];
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<Array<{ data: { registrationId: string } }>>(
      `select data from pgboss.job where name = 'trainings.seat-promoted' and data->>'registrationId' in (?) order by created_on`,
      [registrationIds],
    );
  return rows.map((row) => row.data);
}

/** Runs the promotion mails queued for these registrations, as the job would (idempotent). */
export async function runPromotions(orm: MikroORM, registrationIds: string[]) {
  for (const data of await queuedPromotions(orm, registrationIds)) await mailPromotion(orm.em.fork(), data, SETTINGS);
}

export function outbox(orm: MikroORM, to: string) {
  return orm.em.fork().find(MailMessage, { to }, { populate: ['html'], orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** A new network with its animator, and a partner who is a member of it. */
export async function networkWithMember(server: TestServer) {
  const animator = await createAnimator(server);
  const member = await createPartner(server);
  await addMembership(server, {
    network: animator.network.slug,
    organizationId: member.organization.id,
    personId: member.person.id,
  });
  return { animator, member };
}

/** The token of the give-back link in a mail's text. */
export const seatToken = (text: string) => /\/formations\/place\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? null;
