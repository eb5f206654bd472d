import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { User } from '../accounts/user.entity';
import { Person } from '../directory/person.entity';
import { sendJob } from '../jobs/send-job';
import type { Actor } from '../shared/actor';
import { Registration } from './registration.entity';
import { seatPromotedJob } from './seat-promotion.job';
import { Training } from './training.entity';
import { RegistrationStatus } from './training.enums';
import { trainingError } from './training.errors';
import {
  canCancelRegistration,
  canReadRegistration,
  canReadTraining,
  canRegisterOthers,
  canRegisterSelf,
  personMayAttend,
  registrationOpen,
} from './training.policy';

/**
 * Seats are given under the training's row lock (SELECT … FOR UPDATE), held until the request's
 * transaction commits: registrations and cancellations of one training run one after the other,
 * across every server instance, so the counters on the row are exact and the CHECK
 * `confirmed_count <= capacity` is never the one to refuse. Other trainings are not held up.
 */
export async function lockedTraining(em: EntityManager, id: string): Promise<Training> {
  const training = await em.findOne(Training, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!training) throw trainingError('TRAINING_NOT_FOUND');
  return training;
}

/** The person to register: the caller, or for its managers the person they name. */
async function registrant(em: EntityManager, actor: Actor, training: Training, personId: string | null, now: Date) {
  const self = actor.kind === 'user' ? actor.personId : null;
  if (!personId || personId === self) {
    if (!self) throw trainingError('NO_PERSON');
    if (!(await registrationOpen(training, now))) throw trainingError('TRAINING_OVER');
    if (!(await canRegisterSelf(actor, training, now))) throw trainingError('NOT_MEMBER');
    return em.getReference(Person, self);
  }
  if (!(await canRegisterOthers(actor, training))) throw trainingError('CANNOT_REGISTER_OTHERS');
  const person = await em.findOne(Person, personId);
  if (!person) throw trainingError('PERSON_NOT_FOUND');
  if (!(await registrationOpen(training, now))) throw trainingError('TRAINING_OVER');
  if (!(await personMayAttend(em, person, training))) throw trainingError('NOT_MEMBER');
  return person;
}

/**
 * Registers the caller (or, for the training's managers, the person given): a seat while seats
 * remain, else the end of the waitlist. Registering again someone who already holds an active
 * registration (confirmed or waitlisted) returns that registration unchanged, keeping their seat
 * or their place in the queue; after a cancellation, registering again queues them anew.
 */
export async function registerForTraining(
  em: EntityManager,
  actor: Actor,
  trainingId: string,
  personId: string | null,
  now = new Date(),
): Promise<Registration> {
  return em.transactional(async (tx) => {
    // Who may register whom is checked before taking the lock, which then covers only the seat count.
    const found = await tx.findOne(Training, trainingId);
    if (!found || !(await canReadTraining(actor, found))) throw trainingError('TRAINING_NOT_FOUND');
    const person = await registrant(tx, actor, found, personId, now);
    const training = await lockedTraining(tx, trainingId);
    const existing = await tx.findOne(Registration, {
      training,
      person,
      status: { $ne: RegistrationStatus.CANCELLED },
    });
    if (existing) return existing;
    const confirmed = training.confirmedCount < training.capacity;
    training.lastSequence += 1;
    if (confirmed) training.confirmedCount += 1;
    else training.waitlistCount += 1;
    const registration = tx.create(Registration, {
      training,
      person,
      status: confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED,
      sequence: training.lastSequence,
      // Taken once the lock is held, so it follows the arrival number.
      createdAt: new Date(),
      registeredBy: actor.kind === 'user' && person.id !== actor.personId ? tx.getReference(User, actor.userId) : null,
    });
    await tx.flush();
    return registration;
  });
}

/**
 * Gives seats to the first of the waitlist, in arrival order, while seats are free; each one
 * promoted is mailed (a job queued in this transaction) with a link to give the seat back.
 * Called under the training's row lock.
 */
export async function fillSeats(em: EntityManager, training: Training, now = new Date()): Promise<Registration[]> {
  const free = training.capacity - training.confirmedCount;
  if (free <= 0 || training.waitlistCount === 0) return [];
  const next = await em.find(
    Registration,
    { training, status: RegistrationStatus.WAITLISTED },
    { orderBy: { sequence: 'asc' }, limit: free },
  );
  for (const registration of next) {
    registration.status = RegistrationStatus.CONFIRMED;
    registration.promotedAt = now;
    training.confirmedCount += 1;
    training.waitlistCount -= 1;
  }
  await em.flush();
  for (const registration of next) await sendJob(em, seatPromotedJob, { registrationId: registration.id });
  return next;
}

/** Cancels a registration under the training's lock; a seat given back goes to the first waiting at once. */
export async function cancelLockedRegistration(em: EntityManager, training: Training, registration: Registration, now: Date) {
  const wasConfirmed = registration.status === RegistrationStatus.CONFIRMED;
  registration.status = RegistrationStatus.CANCELLED;
  registration.cancelledAt = now;
  if (wasConfirmed) training.confirmedCount -= 1;
  else training.waitlistCount -= 1;
  await em.flush();
  await fillSeats(em, training, now);
  return registration;
}

/** The person gives their seat (or their place in the queue) back; managers cancel anyone's. */
export async function cancelRegistration(em: EntityManager, actor: Actor, id: string, now = new Date()) {
  return em.transactional(async (tx) => {
    const found = await tx.findOne(Registration, id);
    if (!found || !(await canReadRegistration(actor, found))) throw trainingError('REGISTRATION_NOT_FOUND');
    const training = await lockedTraining(tx, found.training.id);
    // Read again under the lock: a concurrent cancellation may have come first.
    const registration = await tx.findOneOrFail(Registration, id, { refresh: true });
    if (registration.status === RegistrationStatus.CANCELLED) throw trainingError('ALREADY_CANCELLED');
    if (!(await canCancelRegistration(actor, registration, training))) throw trainingError('CANNOT_CANCEL');
    return cancelLockedRegistration(tx, training, registration, now);
  });
}
