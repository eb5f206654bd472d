import { Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../directory/person.entity';
import type { Context } from '../graphql/context';
import { Network } from '../networks/network.entity';
import { ANIMATING_ROLES } from '../networks/network.enums';
import { byName, loadRef } from '../shared/load';
import { LoginArgs } from './account.inputs';
import { canChangeRoleOf, canDisable } from './account.policy';
import { signIn, signOut } from './auth.service';
import { User } from './user.entity';

@ObjectType('Session', { description: 'A signed-in session; the token also travels as an httpOnly cookie.' })
export class SessionPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` from API clients.' })
  token!: string;

  @Field(() => User)
  user!: User;
}

@ObjectType({ description: 'What the viewer may do with an account: the client shows the actions from this.' })
export class UserPermissions {
  @Field()
  changeRole!: boolean;

  @Field()
  disable!: boolean;
}

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() { em, actor }: Context) {
    return actor ? em.findOne(User, actor.userId) : null;
  }

  @Mutation(() => SessionPayload)
  async login(@Args() { email, password }: LoginArgs, @Ctx() context: Context) {
    const { em, loginLimiter, clientIp, settings } = context;
    const session = await signIn(em, loginLimiter, { email, password, clientIp, demoMode: settings.demoMode });
    context.sessionCookie.set(session.token, session.expiresAt);
    return session;
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session; false when there was none.' })
  logout(@Ctx() context: Context) {
    context.sessionCookie.clear();
    return signOut(context.em, context.sessionTokenHash);
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

  @FieldResolver(() => UserPermissions, { description: 'What the viewer may do with this account.' })
  viewerCan(@Root() user: User, @Ctx() { actor }: Context): UserPermissions {
    return { changeRole: canChangeRoleOf(actor, user), disable: canDisable(actor, user) };
  }
}
