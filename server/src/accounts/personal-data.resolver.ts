import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRef } from '../directory/load';
import type { Context } from '../graphql/context';
import { badInput } from '../shared/errors';
import { requireViewer } from './auth-checker';
import { ErasureRequest, ErasureStatus } from './erasure-request.entity';
import * as personal from './personal-data.service';
import { User } from './user.entity';

@Resolver(() => ErasureRequest)
export class PersonalDataResolver {
  @Authorized()
  @Query(() => String, { description: 'Everything Maillage holds about the signed-in person, as JSON (« mes données »).' })
  myPersonalData(@Ctx() context: Context) {
    return personal.personalData(context);
  }

  @Authorized()
  @Mutation(() => ErasureRequest, { description: 'Asks the coordination to erase (anonymise) the signed-in person.' })
  requestErasure(@Ctx() context: Context, @Arg('reason', () => String, { nullable: true }) reason: string | null) {
    if (reason && reason.length > 1000) throw badInput('reason', 'Le motif ne peut pas dépasser 1 000 caractères.');
    return personal.requestErasure(context, reason);
  }

  @Authorized()
  @Query(() => [ErasureRequest], { description: "The signed-in person's own erasure requests, newest first." })
  myErasureRequests(@Ctx() context: Context) {
    return context.em.find(ErasureRequest, { user: requireViewer(context).userId }, { orderBy: { requestedAt: 'desc' } });
  }

  @Authorized('ADMIN')
  @Query(() => [ErasureRequest])
  erasureRequests(@Ctx() { em }: Context, @Arg('status', () => ErasureStatus, { nullable: true }) status: ErasureStatus | null) {
    return em.find(ErasureRequest, status ? { status } : {}, { orderBy: { requestedAt: 'desc' } });
  }

  @Authorized('ADMIN')
  @Mutation(() => ErasureRequest, { description: 'Carries out (anonymises) or refuses an erasure request.' })
  handleErasureRequest(@Ctx() context: Context, @Arg('id', () => ID) id: string, @Arg('approve', () => Boolean) approve: boolean) {
    return personal.handleErasure(context, id, approve);
  }

  @FieldResolver(() => User)
  user(@Root() request: ErasureRequest) {
    return loadRef(request.user);
  }
}
