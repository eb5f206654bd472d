import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { accountNodeReaders } from '../accounts/account.policy';
import { directoryNodeReaders } from '../directory/directory.policy';
import { meetingNodeReaders } from '../meetings/meeting.policy';
import { networkNodeReaders } from '../networks/network.policy';
import { roadmapNodeReaders } from '../roadmap/roadmap.policy';
import { linkNodeReaders } from '../networks/links/network-link.policy';
import { trainingNodeReaders } from '../trainings/training.policy';
import { typeOfId } from '../shared/ids';
import { Node, type NodeReaders } from '../shared/node';
import type { Context } from './context';

/** Every id prefix must have its reader here, or this does not compile. */
const readers: NodeReaders = {
  ...directoryNodeReaders,
  ...networkNodeReaders,
  ...accountNodeReaders,
  ...meetingNodeReaders,
  ...roadmapNodeReaders,
  ...trainingNodeReaders,
  ...linkNodeReaders,
};

@Resolver()
export class NodeResolver {
  /**
   * Answers exactly what the type's own queries would show this viewer, and null otherwise:
   * "hidden" and "does not exist" look the same, so an id tells nothing.
   */
  @Query(() => Node, { nullable: true, description: 'Any object by its id, if the viewer may read it.' })
  async node(@Ctx() { em, actor }: Context, @Arg('id', () => ID) id: string) {
    const type = typeOfId(id);
    if (!type) return null;
    const { entity, canRead } = readers[type];
    const node = await em.findOne(entity, { id } as never);
    return node && (await canRead(actor, node)) ? node : null;
  }
}
