import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSecret, newSecret } from '../accounts/tokens';
import { loadAll } from '../shared/load';
import { cancelLockedRegistration, lockedTraining } from './registration.service';
import { Registration } from './registration.entity';
import { SeatLink } from './seat-link.entity';
import { RegistrationStatus } from './training.enums';
import { trainingError } from './training.errors';

/** Tokens are 43 characters (newSecret); anything much longer is not one, and is not hashed. */
const MAX_TOKEN_LENGTH = 100;

/** A new give-back link for a registration, in the caller's unit of work: the secret for the mail. */
export function mintSeatLink(em: EntityManager, registration: Registration): string {
  const token = newSecret();
  em.create(SeatLink, { tokenHash: hashSecret(token), registration });
  return token;
}

async function registrationOfLink(em: EntityManager, token: string): Promise<Registration> {
  const link = token.length <= MAX_TOKEN_LENGTH ? await em.findOne(SeatLink, { tokenHash: hashSecret(token) }) : null;
  if (!link) throw trainingError('LINK_INVALID');
  return em.findOneOrFail(Registration, link.registration.id, { populate: ['person', 'training'], refresh: true });
}

/** What the give-back page shows: the training, its sessions, the first name and the status — nothing more. */
export interface SeatLinkView {
  /** The registration's id (the audit entry of giveSeatBack names it). */
  id: string;
  firstName: string;
  status: RegistrationStatus;
  trainingId: string;
  trainingTitle: string;
  sessions: Array<{ startsAt: Date; endsAt: Date; place: string | null }>;
}

async function viewOf(registration: Registration): Promise<SeatLinkView> {
  const training = registration.training.getEntity();
  const sessions = await loadAll(training.sessions, ['commune']);
  return {
    id: registration.id,
    firstName: registration.person.getEntity().firstName,
    status: registration.status,
    trainingId: training.id,
    trainingTitle: training.title,
    sessions: sessions.map((session) => ({
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      place: [session.place, session.commune?.getEntity().name].filter(Boolean).join(', ') || session.onlineUrl || null,
    })),
  };
}

export async function seatByLink(em: EntityManager, token: string): Promise<SeatLinkView> {
  return viewOf(await registrationOfLink(em, token));
}

/**
 * The link's holder gives the seat back: cancelled under the training's lock, and the first of
 * the waitlist promoted at once. Giving back twice answers the cancelled registration again.
 */
export async function giveSeatBack(em: EntityManager, token: string, now = new Date()): Promise<SeatLinkView> {
  return em.transactional(async (tx) => {
    const found = await registrationOfLink(tx, token);
    const training = await lockedTraining(tx, found.training.id);
    const registration = await registrationOfLink(tx, token);
    if (registration.status !== RegistrationStatus.CANCELLED) await cancelLockedRegistration(tx, training, registration, now);
    return viewOf(registration);
  });
}
