import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../accounts/user.entity';
import { Commune } from '../directory/commune.entity';
import { Organization } from '../directory/organization.entity';
import { Network } from '../networks/network.entity';
import type { Actor } from '../shared/actor';
import { fillSeats, lockedTraining } from './registration.service';
import { Training } from './training.entity';
import { trainingError } from './training.errors';
import type { TrainingInput, TrainingSessionInput, UpdateTrainingInput } from './training.inputs';
import { canManageForNetworks, canManageTraining, canReadTraining } from './training.policy';
import { TrainingSession } from './training-session.entity';

const MAX_SESSION_HOURS = 12;

export async function networksBySlugs(em: EntityManager, slugs: string[]): Promise<Network[]> {
  const unique = [...new Set(slugs)];
  if (!unique.length) throw trainingError('NO_NETWORK');
  const networks = await em.find(Network, { slug: { $in: unique } });
  const missing = unique.filter((slug) => !networks.some((n) => n.slug === slug));
  if (missing.length) throw trainingError('UNKNOWN_NETWORKS', { slugs: missing });
  return networks;
}

/** The networks a training is offered to: the actor must animate one of them (any, for an admin). */
async function offeredTo(em: EntityManager, actor: Actor, slugs: string[]): Promise<Network[]> {
  const networks = await networksBySlugs(em, slugs);
  if (
    !canManageForNetworks(
      actor,
      networks.map((n) => n.id),
    )
  )
    throw trainingError('CANNOT_CREATE_FOR');
  return networks;
}

async function organizerOf(em: EntityManager, slug: string | null | undefined) {
  if (!slug) return null;
  const organization = await em.findOne(Organization, { slug });
  if (!organization) throw trainingError('UNKNOWN_ORGANIZER');
  return organization;
}

async function communeOf(em: EntityManager, code: string | null | undefined) {
  if (!code) return null;
  const commune = await em.findOne(Commune, { inseeCode: code });
  if (!commune) throw trainingError('UNKNOWN_COMMUNE');
  return commune;
}

function assertSession(input: { startsAt: Date; endsAt: Date }) {
  if (input.endsAt <= input.startsAt) throw trainingError('SESSION_ENDS_BEFORE_START');
  if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_SESSION_HOURS * 3600_000) throw trainingError('SESSION_TOO_LONG');
}

async function sessionFields(em: EntityManager, input: TrainingSessionInput) {
  assertSession(input);
  return {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    commune: await communeOf(em, input.communeInseeCode),
    place: input.place?.trim() || null,
    onlineUrl: input.onlineUrl ?? null,
  };
}

/** A training offered to networks the actor animates (any network for an admin). */
export async function createTraining(em: EntityManager, actor: Actor, input: TrainingInput): Promise<Training> {
  if (!input.sessions.length) throw trainingError('NO_SESSION');
  input.sessions.forEach(assertSession);
  return em.transactional(async (tx) => {
    const networks = await offeredTo(tx, actor, input.networkSlugs);
    const training = tx.create(Training, {
      title: input.title.trim(),
      description: input.description ?? null,
      theme: input.theme ?? null,
      audiences: [...new Set(input.audiences ?? [])],
      trainer: input.trainer?.trim() || null,
      organizer: await organizerOf(tx, input.organizerSlug),
      capacity: input.capacity,
      isPublic: input.isPublic ?? false,
      createdBy: actor.kind === 'user' ? tx.getReference(User, actor.userId) : null,
    });
    training.networks.set(networks);
    for (const session of input.sessions) tx.create(TrainingSession, { training, ...(await sessionFields(tx, session)) });
    await tx.flush();
    return training;
  });
}

/** The training, locked, if the actor manages it (not found if they may not even read it). */
async function managedTraining(em: EntityManager, actor: Actor, id: string) {
  const training = await lockedTraining(em, id);
  if (!(await canManageTraining(actor, training))) {
    throw (await canReadTraining(actor, training)) ? trainingError('NOT_A_MANAGER') : trainingError('TRAINING_NOT_FOUND');
  }
  return training;
}

/**
 * Applies an edit made on version `version` (a stale copy changes nothing). A larger capacity
 * gives the new seats to the waitlist at once; a capacity below the seats already given is refused.
 * Changing the networks is only for one who manages the new ones too.
 */
export async function updateTraining(em: EntityManager, actor: Actor, id: string, version: number, input: UpdateTrainingInput) {
  return em.transactional(async (tx) => {
    const training = await managedTraining(tx, actor, id);
    if (training.version !== version) throw trainingError('STALE_VERSION');
    if (input.capacity != null && input.capacity < training.confirmedCount) {
      throw trainingError('CAPACITY_BELOW_CONFIRMED', { confirmed: training.confirmedCount });
    }
    if (input.networkSlugs) {
      training.networks.set(await offeredTo(tx, actor, input.networkSlugs));
    }
    if (input.title) training.title = input.title.trim();
    if (input.description !== undefined) training.description = input.description;
    if (input.theme !== undefined) training.theme = input.theme;
    if (input.audiences != null) training.audiences = [...new Set(input.audiences)];
    if (input.trainer !== undefined) training.trainer = input.trainer?.trim() || null;
    if (input.organizerSlug !== undefined) tx.assign(training, { organizer: await organizerOf(tx, input.organizerSlug) });
    if (input.isPublic != null) training.isPublic = input.isPublic;
    if (input.capacity != null) training.capacity = input.capacity;
    training.version += 1;
    await tx.flush();
    await fillSeats(tx, training);
    return training;
  });
}

export async function addTrainingSession(em: EntityManager, actor: Actor, trainingId: string, input: TrainingSessionInput) {
  return em.transactional(async (tx) => {
    const training = await managedTraining(tx, actor, trainingId);
    const session = tx.create(TrainingSession, { training, ...(await sessionFields(tx, input)) });
    training.version += 1;
    await tx.flush();
    return session;
  });
}

async function managedSession(em: EntityManager, actor: Actor, id: string) {
  const found = await em.findOne(TrainingSession, id);
  if (!found) throw trainingError('SESSION_NOT_FOUND');
  const training = await managedTraining(em, actor, found.training.id);
  return { training, session: found };
}

export async function updateTrainingSession(em: EntityManager, actor: Actor, id: string, input: TrainingSessionInput) {
  return em.transactional(async (tx) => {
    const { training, session } = await managedSession(tx, actor, id);
    tx.assign(session, await sessionFields(tx, input));
    training.version += 1;
    await tx.flush();
    return session;
  });
}

export async function removeTrainingSession(em: EntityManager, actor: Actor, id: string) {
  return em.transactional(async (tx) => {
    const { training, session } = await managedSession(tx, actor, id);
    if ((await tx.count(TrainingSession, { training })) <= 1) throw trainingError('CANNOT_REMOVE_LAST_SESSION');
    tx.remove(session);
    training.version += 1;
    await tx.flush();
    return training;
  });
}
