import { Territory } from '../directory/territory.entity';
import { Theme } from '../directory/directory.enums';
import { Network } from '../networks/network.entity';
import { newId } from '../shared/ids';
import type { TestServer } from '../../test/test-server';
import { RoadmapAction } from './roadmap-action.entity';
import { RoadmapObjective } from './roadmap-objective.entity';
import { RoadmapOrientation } from './roadmap-orientation.entity';

let numbers = 900;

/**
 * An orientation of its own, in the tests' territory (the CTG's roadmap stays untouched), with one
 * objective and `count` actions carried by the network `networkId` (or none).
 */
export async function createRoadmapActions(server: TestServer, networkId: string | null, count = 1) {
  const em = server.orm.em.fork();
  await em
    .getConnection()
    .execute(`insert into territory (id, slug, name) values (?, 'tests', 'Territoire des tests') on conflict (slug) do nothing`, [
      newId('Territory'),
    ]);
  const orientation = em.create(RoadmapOrientation, {
    territory: await em.findOneOrFail(Territory, { slug: 'tests' }),
    theme: Theme.HOUSING,
    number: ++numbers + (process.pid % 1000) * 1000,
    title: `Orientation d'essai ${numbers}`,
  });
  const objective = em.create(RoadmapObjective, { orientation, position: 0, title: "Objectif d'essai" });
  const actions = Array.from({ length: count }, (_, position) =>
    em.create(RoadmapAction, {
      objective,
      position,
      title: `Action d'essai ${position + 1} du logement intergénérationnel`,
      network: networkId ? em.getReference(Network, networkId) : null,
    }),
  );
  await em.flush();
  return { orientationId: orientation.id, objectiveId: objective.id, actionIds: actions.map((a) => a.id) };
}

export const UPDATE = `mutation($id: ID!, $status: ActionStatus!, $comment: String, $rev: Int) {
  updateRoadmapAction(id: $id, status: $status, comment: $comment, expectedRevision: $rev) {
    id status revision updates { revision at status comment authorName author { id } } viewerCan { update linkWork }
  }
}`;
