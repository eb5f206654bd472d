import { isAdmin } from '../accounts/account.policy';
import { animates } from '../networks/network.policy';
import type { Viewer } from '../shared/actor';
import type { NodeReaders } from '../shared/node';
import { RoadmapAction } from './roadmap-action.entity';
import { RoadmapObjective } from './roadmap-objective.entity';
import { RoadmapOrientation } from './roadmap-orientation.entity';

/** The roadmap area's rules, written once: services, field resolvers, `node(id)`, `viewerCan`. */

/** The roadmap is the convention's, public like it: orientations, objectives, actions and their status. */
export const canReadRoadmap = (_viewer: Viewer) => true;

/** The history (who wrote what, and when) is for signed-in partners; anonymous visitors see the status only. */
export const canReadActionHistory = (viewer: Viewer) => viewer !== null;

/** Animators follow the actions of the networks they animate; the coordination follows them all. */
export const canUpdateRoadmapAction = (viewer: Viewer, action: Pick<RoadmapAction, 'network'>) =>
  isAdmin(viewer) || (action.network != null && animates(viewer, action.network.id));

/** Saying where an action was worked on is following it: the same people link and unlink meetings, items and trainings. */
export const canLinkWork = canUpdateRoadmapAction;

export const roadmapNodeReaders = {
  RoadmapOrientation: { entity: RoadmapOrientation, canRead: canReadRoadmap },
  RoadmapObjective: { entity: RoadmapObjective, canRead: canReadRoadmap },
  RoadmapAction: { entity: RoadmapAction, canRead: canReadRoadmap },
} satisfies NodeReaders<'RoadmapOrientation' | 'RoadmapObjective' | 'RoadmapAction'>;
