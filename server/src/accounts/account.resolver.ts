import { Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { byName, loadRef } from '../directory/load';
import { Person } from '../directory/person.entity';
import type { Context } from '../graphql/context';
import { Network } from '../networks/network.entity';
import { ANIMATING_ROLES } from '../networks/network.enums';
import { LoginArgs } from './account.inputs';
import { signIn, signOut } from './auth.service';
import { User } from './user.entity';

@ObjectType('Session', { description: 'A signed-in session; the token also travels as an httpOnly cookie.' })
export class SessionPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` from API clients.' })
  token!: string;

  @Field(() => User)
  user!: User;
}

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() { em, viewer }: Context) {
    return viewer ? em.findOne(User, viewer.userId) : null;
  }

  @Mutation(() => SessionPayload)
  login(@Args() { email, password }: LoginArgs, @Ctx() context: Context) {
    return signIn(context, email, password);
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session; false when there was none.' })
  logout(@Ctx() context: Context) {
    return signOut(context);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() user: User) {
    return loadRef(user.person);
  }

  @FieldResolver(() => [Network], { description: 'Networks this user animates or co-animates.' })
  async animatedNetworks(@Root() user: User, @Ctx() { em }: Context) {
    const personId = user.person?.id;
    if (!personId) return [];
    const networks = await em.find(Network, { memberships: { person: personId, role: { $in: ANIMATING_ROLES } } });
    return byName(networks, (n) => n.name);
  }
}
