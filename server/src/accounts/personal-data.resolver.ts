import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
import { loadRef } from '../shared/load';
import { ErasureRequest, ErasureStatus } from './erasure-request.entity';
import * as personal from './personal-data.service';
import { User } from './user.entity';

@Resolver(() => ErasureRequest)
export class PersonalDataResolver {
  @Authorized()
  @Query(() => String, { description: 'Everything Maillage holds about the signed-in person, as JSON (« mes données »).' })
  myPersonalData(@Ctx() { em }: Context, @CurrentActor() actor: Actor) {
    return personal.personalData(em, actor);
  }

  @Authorized()
  @Mutation(() => ErasureRequest, { description: 'Asks the coordination to erase (anonymise) the signed-in person.' })
  requestErasure(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ) {
    return personal.requestErasure(em, actor, reason);
  }

  @Authorized()
  @Query(() => [ErasureRequest], { description: "The signed-in person's own erasure requests, newest first." })
  myErasureRequests(@Ctx() { em }: Context, @CurrentActor() actor: Actor) {
    return personal.ownErasureRequests(em, actor);
  }

  @Authorized('ADMIN')
  @Query(() => [ErasureRequest])
  erasureRequests(@Ctx() { em }: Context, @Arg('status', () => ErasureStatus, { nullable: true }) status: ErasureStatus | null) {
    return em.find(ErasureRequest, status ? { status } : {}, { orderBy: { requestedAt: 'desc' } });
  }

  @Authorized('ADMIN')
  @Mutation(() => ErasureRequest, { description: 'Carries out (anonymises) or refuses an erasure request.' })
  handleErasureRequest(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
  ) {
    return personal.handleErasure(em, actor, id, approve);
  }

  @FieldResolver(() => User)
  user(@Root() request: ErasureRequest) {
    return loadRef(request.user);
  }
}
