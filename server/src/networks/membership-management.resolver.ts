import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
import { Membership } from './membership.entity';
import * as management from './membership-management.service';
import { MembershipRole } from './network.enums';

@InputType()
export class AddMembershipInput {
  @Field()
  @Length(1, 100, { message: 'Identifiant de réseau invalide.' })
  networkSlug!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'A person of that organisation, for a personal membership.' })
  personId?: string | null;

  @Field(() => MembershipRole)
  role!: MembershipRole;
}

/** Animators manage the members of the networks they animate; admins manage every network. */
@Resolver(() => Membership)
export class MembershipManagementResolver {
  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Membership)
  addMembership(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('input', () => AddMembershipInput) input: AddMembershipInput,
  ) {
    return management.addMembership(em, actor, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Membership)
  changeMembershipRole(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('role', () => MembershipRole) role: MembershipRole,
  ) {
    return management.changeMembershipRole(em, actor, id, role);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Boolean)
  removeMembership(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('id', () => ID) id: string) {
    return management.removeMembership(em, actor, id);
  }
}
