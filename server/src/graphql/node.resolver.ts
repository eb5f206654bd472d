import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { entities } from '../database/entities';
import { typeOfId } from '../shared/ids';
import { Node } from '../shared/node';
import type { Context } from './context';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id.' })
  async node(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    const type = typeOfId(id);
    const entity = type && entities.find((e) => e.name === type);
    return entity ? em.findOne(entity as never, { id } as never) : null;
  }
}
