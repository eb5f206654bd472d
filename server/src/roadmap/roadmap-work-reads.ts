import type { EntityManager } from '@mikro-orm/postgresql';
import { loadBatched } from '../shared/load';
import type { RoadmapAction } from './roadmap-action.entity';
import { RoadmapWorkLink } from './roadmap-work-link.entity';

type Target = 'meeting' | 'agendaItem' | 'training';

/** The actions linked to the meetings (agenda items, trainings) of one request, in one statement; public like the roadmap. */
export async function actionsWorkedOnAt(em: EntityManager, target: Target, id: string): Promise<RoadmapAction[]> {
  const actions = await loadBatched(
    em,
    `roadmapActionsOf:${target}`,
    async (ids) => {
      const links = await em.find(
        RoadmapWorkLink,
        { [target]: { $in: ids } },
        { populate: ['action'], orderBy: { linkedAt: 'asc' } },
      );
      const byTarget = new Map<string, RoadmapAction[]>();
      for (const link of links) {
        const key = link[target]!.id;
        byTarget.set(key, [...(byTarget.get(key) ?? []), link.action.getEntity()]);
      }
      return byTarget;
    },
    id,
  );
  return actions ?? [];
}
