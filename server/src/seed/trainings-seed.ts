import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity';
import type { Commune } from '../directory/commune.entity';
import { Audience, Theme } from '../directory/directory.enums';
import type { Organization } from '../directory/organization.entity';
import type { Person } from '../directory/person.entity';
import type { Network } from '../networks/network.entity';
import { Registration } from '../trainings/registration.entity';
import { Training } from '../trainings/training.entity';
import { RegistrationStatus } from '../trainings/training.enums';
import { personMayAttend } from '../trainings/training.policy';
import { TrainingAttendance } from '../trainings/training-attendance.entity';
import { TrainingSession } from '../trainings/training-session.entity';
import trainingsData from './data/trainings.json';
import { placeMeeting } from './meeting-plan';

/** A training of data/trainings.json. */
export interface SeedTraining {
  key: string;
  title: string;
  description: string;
  theme: string;
  audiences: string[];
  trainer: string;
  organizer: string;
  networks: string[];
  capacity: number;
  isPublic: boolean;
  /** The passage of the CTG it comes from (server/src/seed/data/ctg.txt). */
  source: { line: number; quote: string };
  sessions: Array<{
    week: number;
    weekday: number;
    time: string;
    durationMinutes: number;
    commune?: string;
    place?: string;
    onlineUrl?: string;
  }>;
  /** In arrival order. */
  registrations: Array<{ person: string; cancelled?: boolean; attended?: boolean }>;
}

export interface TrainingSeedContext {
  anchor: Date;
  networks: Map<string, Network>;
  communes: Map<string, Commune>;
  organizations: Map<string, Organization>;
  /** People by email. */
  people: Map<string, Person>;
  users: Map<string, User>;
}

function fail(key: string, problem: string): never {
  throw new Error(`Seed data: ${problem} at training ${key}`);
}

function enumValue<E extends Record<string, string>>(values: E, value: string, key: string): E[keyof E] {
  if (!Object.values(values).includes(value)) fail(key, `unknown value "${value}"`);
  return value as E[keyof E];
}

const lookup = <T>(map: Map<string, T>, name: string, key: string, what: string): T =>
  map.get(name) ?? fail(key, `unknown ${what} ${name}`);

/**
 * The demo trainings as rows. Seats and waitlist places are given as the service gives them (in
 * arrival order, then cancellations promote the first waiting); no mail is queued, so starting the
 * app tells nobody about demo registrations.
 */
export async function seedTrainings(em: EntityManager, context: TrainingSeedContext): Promise<void> {
  const keys = new Set<string>();
  const taken = new Set<string>();
  for (const data of trainingsData.trainings as SeedTraining[]) {
    if (keys.has(data.key)) fail(data.key, 'duplicate key');
    keys.add(data.key);
    await seedTraining(em, data, context, taken);
  }
}

async function seedTraining(em: EntityManager, data: SeedTraining, context: TrainingSeedContext, taken: Set<string>) {
  const { anchor, networks, communes, organizations, people } = context;
  const training = em.create(Training, {
    title: data.title,
    description: data.description,
    theme: enumValue(Theme, data.theme, data.key),
    audiences: data.audiences.map((audience) => enumValue(Audience, audience, data.key)),
    trainer: data.trainer,
    organizer: lookup(organizations, data.organizer, data.key, 'organisation'),
    capacity: data.capacity,
    isPublic: data.isPublic,
    createdBy: context.users.get('coordination@cccps.demo') ?? null,
  });
  training.networks.set(data.networks.map((slug) => lookup(networks, slug, data.key, 'network')));
  // Sessions of different trainings fall on different days; trainings may share a day with a meeting.
  const sessions = data.sessions.map((session, i) => {
    const slot = placeMeeting(anchor, { key: `${data.key}#${i}`, ...session }, taken);
    return em.create(TrainingSession, {
      training,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      commune: session.commune ? lookup(communes, session.commune, data.key, 'commune') : null,
      place: session.place ?? null,
      onlineUrl: session.onlineUrl ?? null,
    });
  });
  const registrations = [];
  for (const [i, entry] of data.registrations.entries()) {
    const person = lookup(people, entry.person, data.key, 'person');
    if (!(await personMayAttend(em, person, training))) fail(data.key, `${entry.person} is not a member of its networks`);
    const confirmed = training.confirmedCount < training.capacity;
    if (confirmed) training.confirmedCount += 1;
    else training.waitlistCount += 1;
    training.lastSequence = i + 1;
    const registration = em.create(Registration, {
      training,
      person,
      status: confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED,
      sequence: i + 1,
      createdAt: new Date(sessions[0].startsAt.getTime() - (60 - i) * 24 * 3600_000),
    });
    registrations.push({ registration, entry });
  }
  for (const { registration, entry } of registrations)
    if (entry.cancelled)
      cancel(
        training,
        registration,
        registrations.map((r) => r.registration),
      );
  for (const { registration, entry } of registrations) {
    if (!entry.attended) continue;
    if (registration.status !== RegistrationStatus.CONFIRMED) fail(data.key, `${entry.person} attends without a seat`);
    for (const session of sessions) if (session.startsAt < anchor) em.create(TrainingAttendance, { session, registration });
  }
}

/** A cancellation as the service makes it: the first waiting (in arrival order) takes a seat given back. */
function cancel(training: Training, registration: Registration, all: Registration[]) {
  const wasConfirmed = registration.status === RegistrationStatus.CONFIRMED;
  registration.status = RegistrationStatus.CANCELLED;
  registration.cancelledAt = new Date(registration.createdAt.getTime() + 7 * 24 * 3600_000);
  if (!wasConfirmed) return void (training.waitlistCount -= 1);
  training.confirmedCount -= 1;
  const next = all.find((r) => r.status === RegistrationStatus.WAITLISTED);
  if (!next) return;
  next.status = RegistrationStatus.CONFIRMED;
  next.promotedAt = next.promotionMailedAt = registration.cancelledAt;
  training.confirmedCount += 1;
  training.waitlistCount -= 1;
}
