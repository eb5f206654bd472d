import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../graphql/context';
import { readManyAsJson } from '../graphql/json-reads';
import type { Viewer } from '../shared/actor';
import { loadBatched } from '../shared/load';
import { Registration } from './registration.entity';
import { Training } from './training.entity';
import { RegistrationStatus } from './training.enums';
import { readableTrainingsFilter, readableTrainingsSql } from './training.policy';
import { TrainingNetwork } from './training-network.entity';
import { TrainingSession } from './training-session.entity';

/** Years of every network's trainings: a list longer than this is a mistake, not a page. */
export const TRAININGS_LIMIT = 500;

export interface TrainingFilter {
  networkSlug?: string | null;
  /** Only those with a session still to end. */
  upcoming?: boolean | null;
}

/** The trainings the viewer may see, by their first session (soonest first), newest created last. */
export async function listTrainings(em: EntityManager, viewer: Viewer, filter: TrainingFilter, now = new Date()) {
  const where: FilterQuery<Training> = {
    $and: [
      readableTrainingsFilter(viewer),
      ...(filter.networkSlug ? [{ networks: { slug: filter.networkSlug } }] : []),
      ...(filter.upcoming ? [{ sessions: { endsAt: { $gt: now } } }] : []),
    ],
  };
  const trainings = await em.find(Training, where, { populate: ['sessions'], limit: TRAININGS_LIMIT, orderBy: { id: 'asc' } });
  return sortByFirstSession(trainings);
}

/** `listTrainings` as compiled JSON (graphql/json-reads.ts), in the same order; undefined when the query cannot be compiled. */
export function trainingsAsJson(context: Context, info: GraphQLResolveInfo, filter: TrainingFilter) {
  return readManyAsJson(
    context,
    info,
    'Training',
    (sql) => {
      // Placeholders in the order of the text.
      const readable = readableTrainingsSql(context.actor, 't', sql);
      const network = filter.networkSlug
        ? ` and exists (select 1 from training_network tn join network n on n.id = tn.network_id where tn.training_id = t.id and n.slug = ${sql.param(filter.networkSlug)})`
        : '';
      const upcoming = filter.upcoming
        ? ` and exists (select 1 from training_session s where s.training_id = t.id and s.ends_at > now())`
        : '';
      return `from (select t.*, (select min(s.starts_at) from training_session s where s.training_id = t.id) as first_start
          from training t where ${readable}${network}${upcoming} order by t.id limit ${TRAININGS_LIMIT}) row`;
    },
    'row.first_start nulls last, row.created_at, row.id',
  );
}

const firstStart = (training: Training) =>
  Math.min(...training.sessions.getItems().map((session) => session.startsAt.getTime()), Number.MAX_SAFE_INTEGER);

export function sortByFirstSession(trainings: Training[]): Training[] {
  return [...trainings].sort((a, b) => firstStart(a) - firstStart(b) || a.createdAt.getTime() - b.createdAt.getTime());
}

/** A network's trainings the viewer may see, batched over the networks of one request (one statement). */
export async function trainingsOfNetwork(em: EntityManager, viewer: Viewer, networkId: string): Promise<Training[]> {
  const found = await loadBatched(
    em,
    'trainings-of-network',
    async (networkIds) => {
      const links = await em.find(
        TrainingNetwork,
        { network: { $in: networkIds }, training: readableTrainingsFilter(viewer) as FilterQuery<Training> },
        { populate: ['training', 'training.sessions'], limit: TRAININGS_LIMIT * networkIds.length },
      );
      const byNetwork = new Map<string, Training[]>(networkIds.map((id) => [id, []]));
      for (const link of links) byNetwork.get(link.network.id)?.push(link.training.getEntity());
      return new Map([...byNetwork].map(([id, trainings]) => [id, sortByFirstSession(trainings)]));
    },
    networkId,
  );
  return found ?? [];
}

/**
 * The trainings shared by two networks (offered to both), that the viewer may see: what a link
 * between two networks shows. Pairs asked within one request tick are read together (2 statements).
 */
export async function trainingsSharedBy(
  em: EntityManager,
  networkIdA: string,
  networkIdB: string,
  viewer: Viewer,
): Promise<Training[]> {
  const key = [networkIdA, networkIdB].sort().join('|');
  const found = await loadBatched(
    em,
    'trainings-shared-by',
    async (pairs) => {
      const networkIds = [...new Set(pairs.flatMap((pair) => pair.split('|')))];
      const rows = await em.find(TrainingNetwork, { network: { $in: networkIds } }, { fields: ['training', 'network'] });
      const networksOf = new Map<string, Set<string>>();
      for (const row of rows) {
        const set = networksOf.get(row.training.id) ?? new Set<string>();
        networksOf.set(row.training.id, set.add(row.network.id));
      }
      const wanted = (pair: string) => {
        const [a, b] = pair.split('|');
        return [...networksOf].filter(([, set]) => set.has(a) && set.has(b)).map(([id]) => id);
      };
      const ids = [...new Set(pairs.flatMap(wanted))];
      const trainings = ids.length
        ? await em.find(Training, { $and: [{ id: { $in: ids } }, readableTrainingsFilter(viewer)] }, { populate: ['sessions'] })
        : [];
      const byId = new Map(trainings.map((t) => [t.id, t]));
      return new Map(pairs.map((pair) => [pair, sortByFirstSession(wanted(pair).flatMap((id) => byId.get(id) ?? []))]));
    },
    key,
  );
  return found ?? [];
}

/** The sessions of a network's trainings the viewer may see in a period: its calendar's trainings. */
export async function trainingSessionsOfNetwork(
  em: EntityManager,
  viewer: Viewer,
  networkId: string,
  period: { from?: Date | null; to?: Date | null },
): Promise<TrainingSession[]> {
  return em.find(
    TrainingSession,
    {
      $and: [
        { training: { $and: [readableTrainingsFilter(viewer), { networks: networkId }] } },
        ...(period.from ? [{ endsAt: { $gt: period.from } }] : []),
        ...(period.to ? [{ startsAt: { $lt: period.to } }] : []),
      ],
    },
    { orderBy: { startsAt: 'asc', id: 'asc' }, limit: TRAININGS_LIMIT, populate: ['training', 'commune'] },
  );
}

/** Waitlist positions (1, 2, …) of the waitlisted registrations of the trainings asked in one tick. */
export async function waitlistPosition(em: EntityManager, registration: Registration): Promise<number | null> {
  if (registration.status !== RegistrationStatus.WAITLISTED) return null;
  const positions = await loadBatched(
    em,
    'waitlist-positions',
    async (trainingIds) => {
      const waiting = await em.find(
        Registration,
        { training: { $in: trainingIds }, status: RegistrationStatus.WAITLISTED },
        { fields: ['id', 'training', 'sequence'], orderBy: { training: 'asc', sequence: 'asc' } },
      );
      const byTraining = new Map<string, Map<string, number>>(trainingIds.map((id) => [id, new Map()]));
      for (const row of waiting) {
        const map = byTraining.get(row.training.id)!;
        map.set(row.id, map.size + 1);
      }
      return byTraining;
    },
    registration.training.id,
  );
  return positions?.get(registration.id) ?? null;
}

/** The viewer's active registration (else their latest) to each training asked in one tick. */
export async function ownRegistration(em: EntityManager, personId: string, trainingId: string): Promise<Registration | null> {
  const found = await loadBatched(
    em,
    `own-registration-${personId}`,
    async (trainingIds) => {
      const rows = await em.find(
        Registration,
        { training: { $in: trainingIds }, person: personId },
        { orderBy: { sequence: 'asc' } },
      );
      const byTraining = new Map<string, Registration>();
      // Later rows win, except that an active one is never replaced by a cancelled one.
      for (const row of rows) {
        const kept = byTraining.get(row.training.id);
        if (!kept || kept.status === RegistrationStatus.CANCELLED) byTraining.set(row.training.id, row);
      }
      return byTraining;
    },
    trainingId,
  );
  return found ?? null;
}

/** The person's registrations, newest first (« Mes formations »). */
export function registrationsOfPerson(em: EntityManager, personId: string) {
  return em.find(Registration, { person: personId }, { orderBy: { createdAt: 'desc' }, populate: ['training'] });
}
