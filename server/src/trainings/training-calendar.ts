import { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Registration } from './registration.entity';
import { RegistrationStatus } from './training.enums';
import { TrainingSession } from './training-session.entity';
import { trainingPageUrl } from './training-urls';

/**
 * Trainings in the iCalendar feeds (calendar.router.ts): a registrant's sessions in their personal
 * feed, a network's public trainings in its public feed. Each session is one event.
 */

// As for meetings: the past year and what is to come.
const HISTORY_DAYS = 365;
const FEED_LIMIT = 500;

export interface FeedSession {
  session: TrainingSession;
  /** A waitlisted registrant sees the session as tentative. */
  tentative: boolean;
}

const since = (now: Date) => new Date(now.getTime() - HISTORY_DAYS * 24 * 3600_000);

/** The sessions of the trainings a person holds a seat or a waitlist place for (2 statements). */
export async function registeredSessions(em: EntityManager, personId: string, now = new Date()): Promise<FeedSession[]> {
  const registrations = await em.find(
    Registration,
    { person: personId, status: { $ne: RegistrationStatus.CANCELLED } },
    { fields: ['training', 'status'] },
  );
  if (!registrations.length) return [];
  const waitlisted = new Set(registrations.filter((r) => r.status === RegistrationStatus.WAITLISTED).map((r) => r.training.id));
  const sessions = await em.find(
    TrainingSession,
    { training: { $in: registrations.map((r) => r.training.id) }, endsAt: { $gt: since(now) } },
    { populate: ['training', 'commune'], orderBy: { startsAt: 'asc', id: 'asc' }, limit: FEED_LIMIT },
  );
  return sessions.map((session) => ({ session, tentative: waitlisted.has(session.training.id) }));
}

/** The sessions of a network's public trainings, for its public feed (1 statement). */
export async function publicSessionsOfNetwork(em: EntityManager, networkId: string, now = new Date()): Promise<FeedSession[]> {
  const sessions = await em.find(
    TrainingSession,
    {
      training: { isPublic: true, networks: networkId },
      endsAt: { $gt: since(now) },
    },
    { populate: ['training', 'commune'], orderBy: { startsAt: 'asc', id: 'asc' }, limit: FEED_LIMIT },
  );
  return sessions.map((session) => ({ session, tentative: false }));
}

/** Adds the sessions to a feed, each as its own event, stable across versions (UID from its id). */
export function addTrainingSessions(calendar: ICalCalendar, sessions: FeedSession[], publicUrl: string) {
  for (const { session, tentative } of sessions) {
    const training = session.training.getEntity();
    const commune = session.commune?.getEntity().name;
    calendar.createEvent({
      id: `${session.id}@maillage`,
      start: session.startsAt,
      end: session.endsAt,
      summary: `${tentative ? 'Liste d’attente — ' : ''}Formation : ${training.title}`,
      location: [session.place, commune].filter(Boolean).join(', ') || session.onlineUrl || null,
      description: [
        training.description,
        session.onlineUrl ? `En ligne : ${session.onlineUrl}` : null,
        `Détails et inscription : ${trainingPageUrl(publicUrl, training.id)}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      url: trainingPageUrl(publicUrl, training.id),
      status: tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      lastModified: training.updatedAt,
    });
  }
}
