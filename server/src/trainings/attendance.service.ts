import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Viewer } from '../shared/actor';
import { parisDay } from '../shared/time';
import { Registration } from './registration.entity';
import { lockedTraining } from './registration.service';
import { RegistrationStatus } from './training.enums';
import { trainingError } from './training.errors';
import { canManageTraining, canReadCertificate, canReadTraining, sessionStarted } from './training.policy';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingSession } from './training-session.entity';

/**
 * Records who was at a session: the registrations given are present, every other one absent
 * (the form sends the whole list, so sending it twice changes nothing). Only confirmed
 * registrations can be ticked, once the session has started.
 */
export async function recordTrainingAttendance(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
  registrationIds: string[],
  now = new Date(),
) {
  return em.transactional(async (tx) => {
    const session = await tx.findOne(TrainingSession, sessionId);
    if (!session) throw trainingError('SESSION_NOT_FOUND');
    const training = await lockedTraining(tx, session.training.id);
    if (!(await canManageTraining(actor, training))) {
      throw (await canReadTraining(actor, training)) ? trainingError('NOT_A_MANAGER') : trainingError('SESSION_NOT_FOUND');
    }
    if (!sessionStarted(session, now)) throw trainingError('NOT_STARTED');
    const ids = [...new Set(registrationIds)];
    const present = await tx.find(Registration, { id: { $in: ids }, training, status: RegistrationStatus.CONFIRMED });
    if (present.length !== ids.length) throw trainingError('NOT_REGISTERED');
    await tx.nativeDelete(TrainingAttendance, { session });
    for (const registration of present) tx.create(TrainingAttendance, { session, registration, recordedAt: now });
    await tx.flush();
    return session;
  });
}

const hoursOf = (sessions: TrainingSession[]) =>
  Math.round((sessions.reduce((total, s) => total + (s.endsAt.getTime() - s.startsAt.getTime()), 0) / 3600_000) * 100) / 100;

/**
 * What an attendance certificate says: who, which training, the sessions they were at and the
 * hours these add up to. For the person and the training's managers; null when hidden.
 */
export async function trainingCertificate(em: EntityManager, viewer: Viewer, registrationId: string, now = new Date()) {
  const registration = await em.findOne(Registration, registrationId, { populate: ['person', 'training'] });
  if (!registration || !(await canReadCertificate(viewer, registration))) return null;
  const attended = await em.find(
    TrainingAttendance,
    { registration },
    { populate: ['session'], orderBy: { session: { startsAt: 'asc' } } },
  );
  const sessions = attended.map((a) => a.session.getEntity());
  return {
    registration,
    person: registration.person.getEntity(),
    training: registration.training.getEntity(),
    sessions,
    hours: hoursOf(sessions),
    issuedOn: parisDay(now),
  };
}
