import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin } from '../accounts/account.policy';
import { Person } from '../directory/person.entity';
import { Membership } from '../networks/membership.entity';
import { animatedBy, animatesAnyOf, sharesAnyNetwork } from '../networks/network.policy';
import type { SqlBuilder } from '../graphql/sql-json/compile';
import type { Viewer } from '../shared/actor';
import { loadAll, loadRef } from '../shared/load';
import type { NodeReaders } from '../shared/node';
import { Registration } from './registration.entity';
import { Training } from './training.entity';
import { RegistrationStatus } from './training.enums';
import { TrainingSession } from './training-session.entity';

/** The trainings area's rules, written once: services, field resolvers, `node(id)`, `viewerCan`. */

export async function networkIdsOf(training: Training): Promise<string[]> {
  return (await loadAll(training.networks)).map((network) => network.id);
}

/** Admins, and animators of any of the networks it is offered to, create, edit and run a training. */
export const canManageForNetworks = (viewer: Viewer, networkIds: Iterable<string>) =>
  isAdmin(viewer) || animatesAnyOf(viewer, networkIds);

export async function canManageTraining(viewer: Viewer, training: Training): Promise<boolean> {
  return canManageForNetworks(viewer, await networkIdsOf(training));
}

/** Its managers and the members of its networks see a training; everyone sees a public one. */
export async function canReadTraining(viewer: Viewer, training: Training): Promise<boolean> {
  if (training.isPublic) return true;
  const networkIds = await networkIdsOf(training);
  return canManageForNetworks(viewer, networkIds) || sharesAnyNetwork(viewer, networkIds);
}

/** The networks whose trainings a viewer sees beyond the public ones: those they animate or take part in. */
function readerNetworks(viewer: Viewer): string[] {
  const member = viewer?.kind === 'user' ? [...viewer.memberNetworkIds] : [];
  return [...new Set([...animatedBy(viewer), ...member])];
}

/** `canReadTraining` as a query filter, for lists (the node(id) test compares the two). */
export function readableTrainingsFilter(viewer: Viewer): FilterQuery<Training> {
  if (isAdmin(viewer)) return {};
  const networks = readerNetworks(viewer);
  return { $or: [{ isPublic: true }, ...(networks.length ? [{ networks: { id: { $in: networks } } }] : [])] };
}

/** `readableTrainingsFilter` as SQL on training row `training`, for compiled reads (the differential test holds them together). */
export function readableTrainingsSql(viewer: Viewer, training: string, sql: SqlBuilder): string {
  if (isAdmin(viewer)) return 'true';
  const networks = readerNetworks(viewer);
  if (!networks.length) return `${training}.is_public`;
  return `(${training}.is_public or exists (select 1 from training_network tn where tn.training_id = ${training}.id and tn.network_id in (${sql.list(networks)})))`;
}

/** Registrations close when its last session has ended. */
export async function registrationOpen(training: Training, now = new Date()): Promise<boolean> {
  const sessions = await loadAll(training.sessions);
  return sessions.some((session) => session.endsAt > now);
}

/**
 * A signed-in person registers themselves to a training of their networks, or to a public one,
 * while it is to come. (Registering someone else is the managers', see canRegisterOthers.)
 */
export async function canRegisterSelf(viewer: Viewer, training: Training, now = new Date()): Promise<boolean> {
  if (viewer?.kind !== 'user' || !viewer.personId) return false;
  if (!(await registrationOpen(training, now))) return false;
  return (
    training.isPublic || sharesAnyNetwork(viewer, await networkIdsOf(training)) || (await canManageTraining(viewer, training))
  );
}

export const canRegisterOthers = canManageTraining;

/** May this person be registered by a manager: a member of one of its networks, or anyone for a public training. */
export async function personMayAttend(em: EntityManager, person: Person, training: Training): Promise<boolean> {
  if (training.isPublic) return true;
  const networkIds = await networkIdsOf(training);
  const organizationId = person.organization?.id;
  // The same memberships as a signed-in user's (actorOf): their own, or their organisation's.
  const count = await em.count(Membership, {
    network: { $in: networkIds },
    $or: [{ person: person.id }, ...(organizationId ? [{ organization: organizationId }] : [])],
  });
  return count > 0;
}

export const isRegistrant = (viewer: Viewer, registration: Registration) =>
  viewer?.kind === 'user' && viewer.personId !== null && viewer.personId === registration.person.id;

/** Registrations are personal data: the person and the training's managers see them. */
export async function canReadRegistration(viewer: Viewer, registration: Registration): Promise<boolean> {
  if (isRegistrant(viewer, registration)) return true;
  const training = await loadRef(registration.training);
  return training !== null && (await canManageTraining(viewer, training));
}

/** The person gives their seat back; its managers cancel any registration. */
export async function canCancelRegistration(viewer: Viewer, registration: Registration, training: Training) {
  if (registration.status === RegistrationStatus.CANCELLED) return false;
  return isRegistrant(viewer, registration) || (await canManageTraining(viewer, training));
}

export const canSeeRegistrations = canManageTraining;

/** Attendance is recorded by the managers once a session has started. */
export const sessionStarted = (session: TrainingSession, now = new Date()) => session.startsAt <= now;

/** An attendance certificate: for the person trained and the training's managers. */
export const canReadCertificate = canReadRegistration;

export async function canReadSession(viewer: Viewer, session: TrainingSession): Promise<boolean> {
  const training = await loadRef(session.training);
  return training !== null && (await canReadTraining(viewer, training));
}

export const trainingNodeReaders = {
  Training: { entity: Training, canRead: canReadTraining },
  TrainingSession: { entity: TrainingSession, canRead: canReadSession },
  Registration: { entity: Registration, canRead: canReadRegistration },
} satisfies NodeReaders<'Training' | 'TrainingSession' | 'Registration'>;
