import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Theme } from '../directory/directory.enums';
import { Network } from '../networks/network.entity';
import { loadBatched, loadRef } from '../shared/load';
import { ActionStatus } from './roadmap.enums';
import type { RoadmapFilter } from './roadmap.inputs';
import type { RoadmapAction } from './roadmap-action.entity';
import { RoadmapOrientation } from './roadmap-orientation.entity';

/** Lower case, without accents: « Numérique » finds « numerique ». */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const isEmpty = (filter?: RoadmapFilter | null) =>
  !filter || (!filter.networkSlug && !filter.statuses?.length && !filter.search?.trim());

export type ActionMatcher = (action: RoadmapAction) => Promise<boolean>;

const matchers = new WeakMap<EntityManager, Map<string, Promise<ActionMatcher | null>>>();

/**
 * The filter as a test on one action (null: no filter), made once per request and filter: the
 * roadmap, its objectives and their actions all prune with the same one.
 */
export function actionMatcher(em: EntityManager, filter?: RoadmapFilter | null): Promise<ActionMatcher | null> {
  if (isEmpty(filter)) return Promise.resolve(null);
  let byFilter = matchers.get(em);
  if (!byFilter) matchers.set(em, (byFilter = new Map()));
  const key = JSON.stringify([filter!.networkSlug, filter!.statuses, filter!.search]);
  if (!byFilter.has(key)) byFilter.set(key, buildMatcher(em, filter!));
  return byFilter.get(key)!;
}

async function buildMatcher(em: EntityManager, filter: RoadmapFilter): Promise<ActionMatcher> {
  const networkId = filter.networkSlug ? ((await em.findOne(Network, { slug: filter.networkSlug }))?.id ?? '') : null;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  const words = fold(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return async (action) => {
    if (networkId !== null && action.network?.id !== networkId) return false;
    if (statuses && !statuses.has(action.status)) return false;
    if (!words.length) return true;
    const objective = (await loadRef(action.objective))!;
    const orientation = (await loadRef(objective.orientation))!;
    const text = fold([action.title, ...action.subBullets, objective.title, objective.intro ?? '', orientation.title].join(' '));
    return words.every((word) => text.includes(word));
  };
}

export async function keepMatching<T>(items: T[], matches: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(matches));
  return items.filter((_, index) => kept[index]);
}

/**
 * The roadmap's orientations, in the document's order (themes in the enum's order, then their
 * numbers). With a filter, the tree is read in the same request (three statements) and the
 * orientations without a matching action are left out; their objectives and actions prune alike.
 */
export async function roadmapOrientations(em: EntityManager, theme: Theme | null, filter?: RoadmapFilter | null) {
  const where: FilterQuery<RoadmapOrientation> = {
    ...(theme ? { theme } : {}),
    ...(filter?.territorySlug ? { territory: { slug: filter.territorySlug } } : {}),
  };
  const matcher = await actionMatcher(em, filter);
  if (!matcher) return em.find(RoadmapOrientation, where, { orderBy: { theme: 'asc', number: 'asc' } });
  const orientations = await em.find(RoadmapOrientation, where, {
    orderBy: { theme: 'asc', number: 'asc' },
    populate: ['objectives.actions'],
  });
  return keepMatching(orientations, async (orientation) => {
    const actions = orientation.objectives.getItems().flatMap((objective) => objective.actions.getItems());
    return (await keepMatching(actions, matcher)).length > 0;
  });
}

/** The actions the filter keeps (all of them without one). */
export async function matchingActions(em: EntityManager, actions: RoadmapAction[], filter?: RoadmapFilter | null) {
  const matcher = await actionMatcher(em, filter);
  return matcher ? keepMatching(actions, matcher) : actions;
}

/** How many actions of an orientation are in each status. */
export interface StatusCounts {
  notStarted: number;
  inProgress: number;
  done: number;
  abandoned: number;
}

export const NO_ACTIONS: StatusCounts = { notStarted: 0, inProgress: 0, done: 0, abandoned: 0 };
export const FIELD_OF: Record<ActionStatus, keyof StatusCounts> = {
  [ActionStatus.NOT_STARTED]: 'notStarted',
  [ActionStatus.IN_PROGRESS]: 'inProgress',
  [ActionStatus.DONE]: 'done',
  [ActionStatus.ABANDONED]: 'abandoned',
};

/** Counts for every orientation of the request in one grouped statement. */
export async function statusCountsOf(em: EntityManager, orientationId: string): Promise<StatusCounts> {
  const counts = await loadBatched(
    em,
    'roadmapStatusCounts',
    async (ids) => {
      const rows: Array<{ orientation_id: string; status: ActionStatus; count: string }> = await em.execute(
        `select o.orientation_id, a.status, count(*) as count
           from roadmap_action a join roadmap_objective o on o.id = a.objective_id
          where o.orientation_id in (?) group by o.orientation_id, a.status`,
        [ids],
      );
      const byOrientation = new Map<string, StatusCounts>();
      for (const row of rows) {
        const entry = byOrientation.get(row.orientation_id) ?? { ...NO_ACTIONS };
        entry[FIELD_OF[row.status]] = Number(row.count);
        byOrientation.set(row.orientation_id, entry);
      }
      return byOrientation;
    },
    orientationId,
  );
  return counts ?? { ...NO_ACTIONS };
}

/**
 * Done counts whole, in progress half, abandoned actions leave the count: an orientation whose
 * remaining actions are all done is complete. 0 when it has no action left.
 */
export function progressOf(counts: StatusCounts): number {
  const followed = counts.notStarted + counts.inProgress + counts.done;
  return followed === 0 ? 0 : (counts.done + counts.inProgress / 2) / followed;
}
