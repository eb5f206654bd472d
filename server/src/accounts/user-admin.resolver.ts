import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
import { connectionFrom, connectionTypes, pageRequest } from '../shared/pagination';
import { AccountInvitation } from './account-invitation.entity';
import { UserRole } from './account.enums';
import { AcceptInvitationArgs, InviteUserInput } from './account.inputs';
import { SessionPayload } from './account.resolver';
import * as admin from './user-admin.service';
import { User } from './user.entity';

const { Connection: UserConnection } = connectionTypes(User, 'User');

@ObjectType()
export class InvitationLink {
  @Field(() => AccountInvitation)
  invitation!: AccountInvitation;

  @Field({ description: 'One-time link, also sent by mail; shown once to the admin who invites.' })
  link!: string;
}

@Resolver(() => User)
export class UserAdminResolver {
  @Authorized('ADMIN')
  @Query(() => UserConnection)
  async users(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const { limit, offset } = pageRequest(first, after);
    const [nodes, totalCount] = await em.findAndCount(User, {}, { orderBy: { displayName: 'asc', id: 'asc' }, limit, offset });
    return connectionFrom({ nodes, totalCount, offset });
  }

  @Authorized('ADMIN')
  @Query(() => [AccountInvitation], { description: 'Invitations not yet accepted.' })
  pendingInvitations(@Ctx() { em }: Context) {
    return em.find(AccountInvitation, { acceptedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' } });
  }

  @Authorized('ADMIN')
  @Mutation(() => InvitationLink)
  inviteUser(
    @Ctx() { em, settings }: Context,
    @CurrentActor() actor: Actor,
    @Arg('input', () => InviteUserInput) input: InviteUserInput,
  ) {
    return admin.inviteUser(em, actor, { ...input, publicUrl: settings.publicUrl });
  }

  @Mutation(() => SessionPayload, { description: 'Creates the account of an invitation link and signs it in.' })
  async acceptInvitation(@Ctx() context: Context, @Args() { token, password }: AcceptInvitationArgs) {
    const session = await admin.acceptInvitation(context.em, token, password);
    context.sessionCookie.set(session.token, session.expiresAt);
    return session;
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  changeUserRole(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('role', () => UserRole) role: UserRole,
  ) {
    return admin.changeUserRole(em, actor, id, role);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  setUserDisabled(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
  ) {
    return admin.setUserDisabled(em, actor, id, disabled);
  }
}
